using CmsRules.Core.Engine;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Periods;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;
using CmsRules.Tests.Language;

namespace CmsRules.Tests.Engine;

/// <summary>Data the definitions did not foresee stops a run with one message naming the expression, the measure and the period.</summary>
public sealed class EvaluationErrorTests
{
    [Fact]
    public void Several_rows_for_only_name_the_field_the_measure_and_the_period()
    {
        // Two service types hold for case group 1 at the end of 2024-Q1 (the loader would refuse the overlap).
        var catalog = Repository.Catalog;
        var extract = new Extract(catalog.Definitions.Dictionary,
        [
            Table(catalog, "case_groups", new Dictionary<string, object?> { ["case_group_id"] = 1L, ["paying_parent_id"] = 10L, ["receiving_parent_id"] = 20L,
                ["opened_date"] = "2023-01-01", ["origin"] = "NewApplication", ["region_code"] = "E12000001" }),
            Table(catalog, "service_type_history",
                new Dictionary<string, object?> { ["case_group_id"] = 1L, ["service_type"] = "DirectPay", ["valid_from"] = "2023-01-01" },
                new Dictionary<string, object?> { ["case_group_id"] = 1L, ["service_type"] = "CollectAndPay", ["valid_from"] = "2023-06-01" }),
        ]);
        var periods = Period.Range(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31), Frequency.Quarter);

        var error = Should.Throw<EvaluationException>(() => new Evaluator(catalog, extract).Evaluate(periods,
            Assumptions.Resolve(catalog.Definitions.Assumptions, []), new HashSet<string> { "caseload.case_groups" }));

        error.Location.File.ShouldEndWith("fields.yaml");
        error.Message.ShouldContain("'only' found several matching rows");
        error.Message.ShouldEndWith("(computing caseload.case_groups for 2024-Q1)");
    }

    private static Table Table(Core.Engine.Catalog catalog, string name, params Dictionary<string, object?>[] rows)
    {
        var schema = catalog.Definitions.Dictionary.Tables.Single(t => t.Name == name);
        return TestTables.Build(schema, rows.Select(row => schema.Columns.Select(c => row.GetValueOrDefault(c.Name)).ToArray()).ToArray());
    }
}
