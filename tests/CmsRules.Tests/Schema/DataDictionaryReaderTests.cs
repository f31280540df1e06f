using CmsRules.Core.Diagnostics;
using CmsRules.Core.Schema;

namespace CmsRules.Tests.Schema;

public sealed class DataDictionaryReaderTests
{
    private const string Core = """
        tables:
          - name: case_groups
            key: [case_group_id]
            columns:
              - { name: case_group_id, type: int }
              - { name: opened_date, type: date }
        """;

    private static IReadOnlyList<Diagnostic> Errors(params (string File, string Text)[] files) =>
        Should.Throw<DiagnosticException>(() => DataDictionaryReader.Read(files)).Diagnostics;

    private static void ShouldBeAt(Diagnostic d, string file, int line, int column, params string[] messageParts)
    {
        d.Location.ShouldBe(new SourceLocation(file, line, column));
        foreach (var part in messageParts) d.Message.ShouldContain(part);
    }

    [Fact]
    public void Reads_tables_columns_keys_and_rules_from_several_files()
    {
        var plugin = """
            tables:
              - name: legacy_arrears
                file: legacy.csv
                key: [case_group_id]
                no_overlap: { group: case_group_id, from: transferred_date, to: ended_date }
                columns:
                  - { name: case_group_id, type: int, references: case_groups.case_group_id }
                  - { name: transferred_date, type: date }
                  - { name: ended_date, type: date, nullable: true, not_before: transferred_date }
                  - { name: owed_to, type: enum, codes: [ReceivingParent, SecretaryOfState] }
            """;

        var dictionary = DataDictionaryReader.Read([("core.yaml", Core), ("plugin.yaml", plugin)]);

        dictionary.Tables.Select(t => t.Name).ShouldBe(["case_groups", "legacy_arrears"]);
        dictionary.Find("case_groups")!.File.ShouldBe("case_groups.csv");
        var legacy = dictionary.Find("legacy_arrears")!;
        legacy.File.ShouldBe("legacy.csv");
        legacy.Location.ShouldBe(new SourceLocation("plugin.yaml", 2, 5));
        legacy.FindColumn("case_group_id")!.Constraints.References.ShouldBe(new ColumnReference("case_groups", "case_group_id"));
        legacy.FindColumn("ended_date")!.Nullable.ShouldBeTrue();
        legacy.FindColumn("owed_to")!.Codes.ShouldBe(["ReceivingParent", "SecretaryOfState"]);
        legacy.NoOverlap.ShouldBe(new NoOverlapRule("case_group_id", "transferred_date", "ended_date"));
    }

    [Fact]
    public void Order_by_names_a_date_column_to_keep_the_rows_in_order_of()
    {
        var dictionary = DataDictionaryReader.Read([("d.yaml", OrderedBy("opened_date"))]);

        dictionary.Find("case_groups")!.OrderBy.ShouldBe("opened_date");
    }

    [Fact]
    public void Order_by_a_missing_column_or_one_that_is_not_a_date_is_reported_where_it_is_written()
    {
        ShouldBeAt(Errors(("a.yaml", OrderedBy("opend_date"))).ShouldHaveSingleItem(), "a.yaml", 4, 15,
            "order_by: table 'case_groups' has no column 'opend_date'", "did you mean 'opened_date'?");
        ShouldBeAt(Errors(("b.yaml", OrderedBy("case_group_id"))).ShouldHaveSingleItem(), "b.yaml", 4, 15,
            "order_by: column 'case_group_id' must be a date, not Integer");
    }

    private static string OrderedBy(string column) => Core.Replace("key: [case_group_id]\n", $"key: [case_group_id]\n    order_by: {column}\n");

    [Fact]
    public void Malformed_yaml_is_reported_at_its_position()
    {
        var d = Errors(("bad.yaml", "tables:\n  - name: x\n    columns: [a, b\n")).ShouldHaveSingleItem();
        d.Location.File.ShouldBe("bad.yaml");
        d.Location.Line.ShouldBe(4);
        d.Message.ShouldStartWith("malformed YAML");
    }

    [Fact]
    public void An_unknown_key_suggests_the_nearest_known_one()
    {
        var yaml = Core.Replace("{ name: opened_date, type: date }", "{ name: opened_date, type: date, nulable: true }");
        ShouldBeAt(Errors(("d.yaml", yaml)).ShouldHaveSingleItem(), "d.yaml", 6, 42, "unknown key 'nulable'", "did you mean 'nullable'?");
    }

    [Fact]
    public void An_unknown_type_lists_the_types()
    {
        var yaml = Core.Replace("type: date", "type: datetime");
        ShouldBeAt(Errors(("d.yaml", yaml)).ShouldHaveSingleItem(), "d.yaml", 6, 36, "unknown type 'datetime'", "int, pence, date, bool, string, enum", "did you mean 'date'?");
    }

    [Fact]
    public void An_enum_without_codes()
    {
        var yaml = Core.Replace("type: date", "type: enum");
        ShouldBeAt(Errors(("d.yaml", yaml)).ShouldHaveSingleItem(), "d.yaml", 6, 9, "column 'opened_date'", "needs its list of codes");
    }

    [Fact]
    public void A_plugin_table_clashing_with_a_core_table()
    {
        var plugin = "tables:\n  - name: case_groups\n    file: other.csv\n    columns:\n      - { name: id, type: int }\n";
        ShouldBeAt(Errors(("core.yaml", Core), ("plugin.yaml", plugin)).ShouldHaveSingleItem(), "plugin.yaml", 2, 5,
            "table 'case_groups' is already declared at core.yaml:2:5");
    }

    [Fact]
    public void A_duplicate_column()
    {
        var yaml = Core.Replace("name: opened_date", "name: case_group_id");
        ShouldBeAt(Errors(("d.yaml", yaml)).ShouldHaveSingleItem(), "d.yaml", 6, 17, "column 'case_group_id' is declared twice");
    }

    [Fact]
    public void Rules_naming_columns_that_do_not_exist()
    {
        var yaml = Core.Replace("key: [case_group_id]", "key: [case_group]")
            .Replace("{ name: opened_date, type: date }", "{ name: opened_date, type: date, not_before: start_date }");
        var errors = Errors(("d.yaml", yaml));
        errors.Count.ShouldBe(2);
        ShouldBeAt(errors[0], "d.yaml", 3, 11, "key: table 'case_groups' has no column 'case_group'", "did you mean 'case_group_id'?");
        ShouldBeAt(errors[1], "d.yaml", 6, 54, "not_before", "no column 'start_date'");
    }

    [Fact]
    public void A_reference_to_an_unknown_table_or_to_a_column_that_is_not_a_single_column_key()
    {
        var plugin = """
            tables:
              - name: transactions
                columns:
                  - { name: case_group_id, type: int, references: case_group.case_group_id }
                  - { name: opened_date, type: date, references: case_groups.opened_date }
            """;
        var errors = Errors(("core.yaml", Core), ("plugin.yaml", plugin));
        errors.Count.ShouldBe(2);
        ShouldBeAt(errors[0], "plugin.yaml", 4, 55, "unknown table 'case_group'", "did you mean 'case_groups'?");
        ShouldBeAt(errors[1], "plugin.yaml", 5, 54, "case_groups.opened_date, which is not the single-column key");
    }

    [Fact]
    public void A_missing_file_is_reported_with_the_problems_of_the_others()
    {
        var present = Path.GetTempFileName();
        File.WriteAllText(present, "tables:\n  - name: t\n    columns: [{ name: a, type: in }]\n");
        try
        {
            var errors = Should.Throw<DiagnosticException>(() => DataDictionaryReader.ReadFiles(["/nonexistent/plugin.yaml", present])).Diagnostics;
            errors.Count.ShouldBe(2);
            ShouldBeAt(errors[0], "/nonexistent/plugin.yaml", 1, 1, "does not exist");
            ShouldBeAt(errors[1], present, 3, 32, "unknown type 'in'", "did you mean 'int'?");
        }
        finally
        {
            File.Delete(present);
        }
    }

    [Fact]
    public void Problems_of_several_files_are_reported_together()
    {
        var errors = Errors(("a.yaml", "tables:\n  - name: t\n    colums: []\n"), ("b.yaml", "tables: [\n"), ("c.yaml", Core.Replace("int", "integer")));
        errors.Select(e => e.Location.File).ShouldBe(["a.yaml", "a.yaml", "b.yaml", "c.yaml"]);
        errors[0].Message.ShouldContain("did you mean 'columns'?");
        errors[1].Message.ShouldContain("missing key 'columns'");
    }
}
