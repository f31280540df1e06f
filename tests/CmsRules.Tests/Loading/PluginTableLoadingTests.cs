using CmsRules.Core.Diagnostics;
using CmsRules.Core.Loading;
using CmsRules.Core.Schema;

namespace CmsRules.Tests.Loading;

/// <summary>Tables declared in a plugin's own YAML load beside the core ones, with references between plugin tables.</summary>
public sealed class PluginTableLoadingTests : IDisposable
{
    private const string Plugin = """
        tables:
          - name: legacy_arrears
            key: [case_group_id]
            columns:
              - { name: case_group_id, type: int, references: case_groups.case_group_id }
              - { name: transferred_amount, type: pence, min: 1 }
          - name: legacy_arrears_transactions
            columns:
              - { name: case_group_id, type: int, references: legacy_arrears.case_group_id }
              - { name: amount, type: pence }
        """;

    private readonly TestExtract _extract = new();
    private readonly DataDictionary _dictionary;

    public PluginTableLoadingTests()
    {
        var core = File.ReadAllText(Path.Combine(global::CmsRules.Cli.RepositoryLocator.FindRoot(AppContext.BaseDirectory)!, "measures", "dataset.yaml"));
        _dictionary = DataDictionaryReader.Read([("dataset.yaml", core), ("legacy.yaml", Plugin)]);
    }

    public void Dispose() => _extract.Dispose();

    private LoadOptions Required => new() { RequiredTables = ["case_groups", "legacy_arrears", "legacy_arrears_transactions"] };

    [Fact]
    public void A_transaction_needs_a_legacy_arrears_row_of_its_case_group()
    {
        _extract.WriteCaseGroups(1, 2, 3)
            .Write("legacy_arrears.csv", "case_group_id,transferred_amount", "1,5000", "3,100")
            .Write("legacy_arrears_transactions.csv", "case_group_id,amount", "1,-20", "2,10", "3,5");

        var d = Should.Throw<DiagnosticException>(() => ExtractLoader.Load(_dictionary, _extract.Directory, Required)).Diagnostics.ShouldHaveSingleItem();

        d.Location.ShouldBe(new SourceLocation(_extract.PathOf("legacy_arrears_transactions.csv"), 3, 1));
        d.Message.ShouldContain("2 is not a case_group_id in legacy_arrears.csv");
    }

    [Fact]
    public void Plugin_tables_are_absent_when_their_files_are_and_the_run_does_not_need_them()
    {
        _extract.WriteCaseGroups(1);

        var extract = ExtractLoader.Load(_dictionary, _extract.Directory, new LoadOptions { RequiredTables = ["case_groups"] });

        extract.Find("legacy_arrears").ShouldBeNull();
        extract["case_groups"].RowCount.ShouldBe(1);
    }
}
