using CmsRules.Cli.Commands;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Methodology;
using CmsRules.Tests.Engine;
using CmsRules.Tests.SampleData;

namespace CmsRules.Tests.Methodology;

[Collection(ConsoleCollection.Name)]
public sealed class CheckTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_repository_definitions_and_tests_pass_the_check()
    {
        var report = DefinitionChecker.Check([Repository.Measures]);
        report.Diagnostics.ShouldBeEmpty();
        report.Measures.ShouldBeGreaterThan(30);
        report.Validations.ShouldBeGreaterThan(10);
        report.Tests.ShouldBeGreaterThan(10);
    }

    private const string Broken = """
        assumptions:
          - name: never_read
            type: bool
            default: false
        dimensions:
          - name: office
            categories: { distinct: case_groups.office_code }
        family: broken
        measures:
          - id: broken.open
            title: Open
            kind: count
            rounding: count
            from: case_groups
            where: closed_dat is null
            value: count()
            titel: a misspelt key
          - id: broken.a
            title: A
            kind: count
            rounding: count
            value: broken.b + 1
          - id: broken.b
            title: B
            kind: count
            rounding: count
            value: broken.a + 1
        validations:
          - name: broken_rule
            severity: error
            check: broken.opne >= 0
        """;

    [Fact]
    public void Every_problem_of_a_broken_definition_set_is_reported_at_once_with_file_line_and_column()
    {
        var plugin = Directory.CreateDirectory(_temp.Combine("plugin")).FullName;
        File.WriteAllText(Path.Combine(plugin, "broken.yaml"), Broken);
        Directory.CreateDirectory(Path.Combine(plugin, "tests"));
        File.WriteAllText(Path.Combine(plugin, "tests", "bad.yaml"), "tests:\n  - name: no period\n    expct: {}\n");
        var report = DefinitionChecker.Check([Repository.Measures, plugin]);

        string At(string text) => report.Diagnostics.Single(d => d.Message.Contains(text)).Location is var l ? $"{Path.GetFileName(l.File)}:{l.Line}:{l.Column}" : "";
        At("unknown name 'closed_dat'").ShouldBe("broken.yaml:15:12");
        At("cycle").ShouldBe("broken.yaml:18:5");
        At("unknown key 'titel'").ShouldBe("broken.yaml:17:5");
        At("office_code").ShouldBe("broken.yaml:6:5");
        At("unknown name 'broken.opne'").ShouldBe("broken.yaml:31:12");
        At("'never_read' is read by no").ShouldBe("broken.yaml:2:5");
        report.Diagnostics.Single(d => d.Message.Contains("never_read")).Severity.ShouldBe(Severity.Warning);
        report.Diagnostics.ShouldContain(d => d.Location.File.EndsWith("bad.yaml") && d.Message.Contains("'expct'"));
        report.Errors.ShouldBe(8); // the five above, and the test file's three

        var (code, output) = ConsoleCollection.Capture(() => CheckCommand.Run([Repository.Measures, plugin]));
        code.ShouldBe(1);
        output.ShouldContain("broken.yaml:6:5");
        output.ShouldContain("warning");
        output.ShouldMatch(@"\d+ error\(s\), 1 warning\(s\)");
    }

    [Fact]
    public void Definition_tests_expecting_figures_of_unknown_measures_or_breakdowns_are_errors()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Path, "figures", "tests"));
        File.WriteAllText(Path.Combine(_temp.Path, "figures", "tests", "figures.yaml"), """
            tests:
              - name: figures of things that do not exist
                period: 2024-Q1
                expect:
                  caseload.case_group: 1
                  caseload.case_groups[colour=Red]: 1
            """);

        var report = DefinitionChecker.Check([Repository.Measures, _temp.Combine("figures")]);

        report.Diagnostics.Select(d => (d.Location.Line, d.Message)).ShouldBe([
            (5, "no measure 'caseload.case_group' (did you mean 'caseload.case_groups'?)"),
            (6, "caseload.case_groups has no breakdown by 'colour'"),
        ]);
    }

    [Fact]
    public void A_clean_set_exits_0()
    {
        var (code, output) = ConsoleCollection.Capture(() => CheckCommand.Run([Repository.Measures]));
        code.ShouldBe(0);
        output.ShouldContain("0 error(s), 0 warning(s)");
    }
}
