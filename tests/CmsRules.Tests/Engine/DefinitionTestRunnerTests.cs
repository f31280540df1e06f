using CmsRules.Cli.Commands;
using CmsRules.Core.Testing;
using CmsRules.Tests.SampleData;
using Spectre.Console;

namespace CmsRules.Tests.Engine;

[Collection(ConsoleCollection.Name)]
public class DefinitionTestRunnerTests
{
    private const string CaseGroups = """
              case_group_id,paying_parent_id,receiving_parent_id,opened_date,closed_date,closure_reason,origin,region_code,constituency_code
              1,11,21,2023-01-01,,,NewApplication,E12000001,
              2,12,22,2023-01-01,2024-01-01,Death,NewApplication,E12000002,
      """;

    private static string TestFile(string expected) => $"""
        tests:
          - name: one open case group
            period: 2024-Q1
            tables:
              case_groups: |
        {CaseGroups}
            expect:
              caseload.case_groups: {expected}
              caseload.case_groups[region=E12000002]: 0
        """;

    [Fact]
    public void A_right_figure_passes()
    {
        var test = DefinitionTestReader.Read([("t.yaml", TestFile("1"))]).Single();
        DefinitionTestRunner.Run(Repository.Catalog, test).Passed.ShouldBeTrue();
    }

    [Fact]
    public void A_wrong_figure_fails_showing_expected_and_computed_at_its_line()
    {
        var test = DefinitionTestReader.Read([("t.yaml", TestFile("7"))]).Single();
        var result = DefinitionTestRunner.Run(Repository.Catalog, test);
        result.Passed.ShouldBeFalse();
        var failure = result.Checks.Single(c => !c.Passed);
        (failure.Figure.Key, failure.Figure.Expected, failure.Actual, failure.Figure.Location.Line).ShouldBe(("caseload.case_groups", "7", "1", 10));
    }

    [Fact]
    public void A_bad_row_in_an_inline_table_is_reported_at_its_line_in_the_test_file()
    {
        var test = DefinitionTestReader.Read([("t.yaml", TestFile("1").Replace("2024-01-01,Death", "2024-01-01,"))]).Single();
        var error = DefinitionTestRunner.Run(Repository.Catalog, test).Errors.ShouldHaveSingleItem();
        error.Location.File.ShouldBe("t.yaml");
        error.Location.Line.ShouldBe(8);
        error.Message.ShouldContain("closure_reason");
    }

    [Fact]
    public void The_test_command_prints_a_readable_difference_and_exits_1()
    {
        using var temp = new TempDirectory();
        var measures = Repository.CopyMeasures(temp.Combine("measures"));
        Directory.CreateDirectory(Path.Combine(measures, "tests"));
        File.WriteAllText(Path.Combine(measures, "tests", "wrong.yaml"), TestFile("7"));

        var (code, output) = ConsoleCollection.Capture(() => TestCommand.Run([measures]));

        code.ShouldBe(1);
        output.ShouldContain("✗");
        output.ShouldContain("one open case group");
        output.ShouldMatch(@"caseload\.case_groups\s+7\s+1\s+10");
        output.ShouldContain("0 passed, 1 failed");
    }
}

/// <summary>Tests that capture Spectre.Console's output share its global console, so they do not run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";

    public static (T Result, string Output) Capture<T>(Func<T> action)
    {
        var writer = new StringWriter();
        var previous = AnsiConsole.Console;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        AnsiConsole.Profile.Width = 200;
        try
        {
            return (action(), writer.ToString());
        }
        finally
        {
            AnsiConsole.Console = previous;
        }
    }
}
