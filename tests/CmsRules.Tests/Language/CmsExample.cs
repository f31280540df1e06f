using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;
using static CmsRules.Tests.Language.TestTables;

namespace CmsRules.Tests.Language;

/// <summary>
/// A small CMS-like dictionary (case groups and their service type history, children, liabilities and payments),
/// the fields from the language brief, and a handful of rows to evaluate them on.
/// </summary>
internal sealed class CmsExample
{
    public static readonly string[] ServiceTypes = ["DirectPay", "CollectAndPay"];

    public static readonly TableSchema CaseGroups = TableOf("case_groups",
        Col("case_group_id", DataType.Integer), Col("paying_parent_id", DataType.Integer),
        Col("opened_date", DataType.Date), Col("closed_date", DataType.Date, nullable: true),
        Col("region", DataType.Enum, nullable: true, codes: ["North", "South"]), Col("reference", DataType.String, nullable: true));

    public static readonly TableSchema ServiceTypeHistory = TableOf("service_type_history",
        Col("case_group_id", DataType.Integer, references: "case_groups"), Col("service_type", DataType.Enum, codes: ServiceTypes),
        Col("valid_from", DataType.Date), Col("valid_to", DataType.Date, nullable: true));

    public static readonly TableSchema Children = TableOf("children",
        Col("child_id", DataType.Integer), Col("case_group_id", DataType.Integer, references: "case_groups"),
        Col("valid_from", DataType.Date), Col("valid_to", DataType.Date, nullable: true),
        Col("shared_care_band", DataType.Enum, codes: ["None", "One", "Two"]));

    public static readonly TableSchema Liabilities = TableOf("liabilities",
        Col("case_group_id", DataType.Integer, references: "case_groups"), Col("month", DataType.Date), Col("maintenance_due", DataType.Money));

    public static readonly TableSchema Payments = TableOf("payments",
        Col("payment_id", DataType.Integer), Col("case_group_id", DataType.Integer, references: "case_groups"),
        Col("received_date", DataType.Date), Col("cleared_date", DataType.Date, nullable: true), Col("amount", DataType.Money),
        Col("allocation", DataType.Enum, codes: ["CurrentMaintenance", "Arrears"]));

    public static readonly DataDictionary Dictionary = new([CaseGroups, ServiceTypeHistory, Children, Liabilities, Payments]);

    public static readonly (string Table, string Name, string[] Parameters, string Body)[] FieldTexts =
    [
        ("case_groups", "active_on", ["day"], "opened_date <= day and (closed_date is null or closed_date > day)"),
        ("case_groups", "service_type_on", ["day"],
            "coalesce(only(service_type from service_type_history where valid_from <= day and (valid_to is null or valid_to > day)), 'NotYetAssigned')"),
        ("case_groups", "due", [], "sum(maintenance_due from liabilities where month between period_start and period_end)"),
        ("case_groups", "paid", [],
            "sum(amount from payments where received_date between period_start and period_end and allocation = 'CurrentMaintenance')"),
        ("children", "holds_on", ["day"], "valid_from <= day and (valid_to is null or valid_to > day)"),
    ];

    public BindingEnvironment Environment { get; }
    public ExpressionCompiler Compiler { get; } = new();
    public Extract Extract { get; }
    public EvalContext Context { get; }

    public CmsExample(FunctionRegistry? functions = null)
    {
        Environment = new BindingEnvironment(Dictionary, functions)
            .AddAssumption("direct_pay_fully_compliant", DataType.Bool)
            .AddAssumption("compliance_band_threshold", DataType.Decimal)
            .AddAssumption("deduplicate_children", DataType.Bool)
            .AddExternal("compliance.case_groups_contributing", DataType.Integer, 0)
            .AddExternal("compliance.population", DataType.Integer, 1);
        foreach (var (table, name, parameters, body) in FieldTexts)
            Environment.AddField(new FieldDefinition(table, name, parameters, ExpressionParser.ParseOrThrow(new ExpressionSource(body, "fields.yaml", 10, 11))));

        Extract = new Extract(Dictionary,
        [
            // 1: open, Collect and Pay since 2023, due 100, paid 95 in March. 2: Direct Pay, due 50, nothing paid.
            // 3: closed 2024-02-10, Collect and Pay until then. 4: opened after the period, no history.
            Build(CaseGroups,
                [1, 100, "2023-01-01", null, "North", "REF-1"],
                [2, 100, "2023-06-01", null, "South", null],
                [3, 200, "2022-01-01", "2024-02-10", null, "REF-3"],
                [4, 300, "2024-04-15", null, "North", "ref-4"]),
            Build(ServiceTypeHistory,
                [1, "DirectPay", "2022-12-01", "2023-02-01"],
                [1, "CollectAndPay", "2023-02-01", null],
                [2, "DirectPay", "2023-06-01", null],
                [3, "CollectAndPay", "2022-01-01", null]),
            Build(Children,
                [501, 1, "2023-01-01", null, "None"],
                [502, 1, "2023-01-01", "2024-01-15", "One"],
                [501, 2, "2023-06-01", null, "Two"],
                [503, 3, "2022-01-01", null, "None"]),
            Build(Liabilities,
                [1, "2024-03-01", 10000],
                [1, "2024-02-01", 10000],
                [2, "2024-03-01", 5000],
                [3, "2024-03-01", 7000]),
            Build(Payments,
                [1, 1, "2024-03-05", "2024-03-08", 9500, "CurrentMaintenance"],
                [2, 1, "2024-03-20", null, 2000, "Arrears"],
                [3, 3, "2024-03-02", "2024-03-03", 7000, "CurrentMaintenance"],
                [4, 3, "2024-01-10", "2024-01-20", 7000, "CurrentMaintenance"]),
        ]);
        Context = Compiler.CreateContext(Extract);
        Context.SetPeriod(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31));
        Context.SetAssumption("direct_pay_fully_compliant", false);
        Context.SetAssumption("compliance_band_threshold", 0.9m);
        Context.SetAssumption("deduplicate_children", true);
    }

    public static ParsedExpression Parse(string text) => ExpressionParser.ParseOrThrow(ExpressionSource.Inline(text));

    public BoundExpression BindRow(string text, string table) => Binder.BindRow(Environment, Parse(text), table).GetOrThrow();

    public BoundExpression BindAggregate(string text, string table) => Binder.BindAggregate(Environment, Parse(text), table).GetOrThrow();

    public BoundExpression BindScalar(string text) => Binder.BindScalar(Environment, Parse(text)).GetOrThrow();

    public CompiledRowExpression Row(string text, string table) => Compiler.CompileRow(BindRow(text, table));

    public CompiledAggregateExpression Aggregate(string text, string table) => Compiler.CompileAggregate(BindAggregate(text, table));

    public CompiledScalarExpression Scalar(string text) => Compiler.CompileScalar(BindScalar(text));

    /// <summary>The value of a row expression on each row of <paramref name="table"/>, as text (enum codes, numbers) or null.</summary>
    public object?[] Values(string text, string table)
    {
        var compiled = Row(text, table);
        var rows = Extract[table].RowCount;
        return Enumerable.Range(0, rows).Select(r => Describe(compiled, r)).ToArray();
    }

    private object? Describe(CompiledRowExpression compiled, int row) => compiled.Type.Kind switch
    {
        _ when compiled.Type.IsNull => null,
        DataType.Bool => compiled.Value<bool?>()(Context, row),
        DataType.Enum or DataType.String => compiled.Text(Context, row),
        DataType.Date => compiled.Value<int?>()(Context, row) is int d ? DateOnly.FromDayNumber(d) : null,
        _ => compiled.Number(Context, row),
    };

    /// <summary>The value of a scalar expression: long (integer, pence), decimal, DateOnly, bool, string (and enum codes) or null.</summary>
    public object? Eval(string text)
    {
        var compiled = Scalar(text);
        var type = compiled.Type;
        if (type.IsNull) return compiled.Value<bool?>()(Context);
        return type.Kind switch
        {
            DataType.Integer or DataType.Money => compiled.Value<long?>()(Context),
            DataType.Decimal => compiled.Value<decimal?>()(Context),
            DataType.Date => compiled.Value<int?>()(Context) is int d ? DateOnly.FromDayNumber(d) : null,
            DataType.Enum => compiled.Value<int?>()(Context) is int i ? type.Codes[i] : null,
            DataType.Bool => compiled.Value<bool?>()(Context),
            _ => compiled.Value<string?>()(Context),
        };
    }

    public List<Core.Diagnostics.Diagnostic> RowErrors(string text, string table, ExpressionSource? source = null)
    {
        var parsed = ExpressionParser.Parse(source ?? ExpressionSource.Inline(text));
        if (!parsed.Succeeded) return parsed.Diagnostics.ToList();
        return Binder.BindRow(Environment, parsed.Expression!, table).Diagnostics.ToList();
    }
}
