using System.CommandLine;
using CmsRules.Cli.Commands;

namespace CmsRules.Tests.SampleData;

public sealed class GenerateCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = GenerateCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Writes_the_extract_for_the_given_months_only()
    {
        using var temp = new TempDirectory();
        var target = temp.Combine("out");

        var (code, output, _) = Run("--case-groups", "200", "--seed", "9", "--out", target, "--from", "2020-01", "--to", "2020-12");

        code.ShouldBe(0);
        output.ShouldContain("200 case groups");
        var calls = CsvTable.Read(Path.Combine(target, "calls.csv"));
        calls.Rows.Count.ShouldBe(366);
        foreach (var (file, columns) in ContractColumns.Tables)
        {
            var table = CsvTable.Read(Path.Combine(target, file));
            foreach (var column in columns.Where(c => c.Kind == ContractColumns.Kind.Date))
                foreach (var row in table.Rows)
                    if (table.NullableDate(row, column.Name) is { } d) d.ShouldBeInRange(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), $"{file}.{column.Name}");
        }
    }

    [Fact]
    public void Reports_every_bad_option_together_and_writes_nothing()
    {
        using var temp = new TempDirectory();

        var (code, _, error) = Run("--case-groups", "0", "--out", temp.Combine("out"), "--from", "2020-13", "--to", "May");

        code.ShouldBe(2);
        error.ShouldContain("at least 1");
        error.ShouldContain("--from must be a month");
        error.ShouldContain("--to must be a month");
        Directory.GetFileSystemEntries(temp.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Reports_an_output_path_that_is_a_file()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("taken");
        File.WriteAllText(file, "x");

        var (code, _, error) = Run("--case-groups", "10", "--out", file);

        code.ShouldBe(1);
        error.ShouldContain("is a file");
        Directory.GetFileSystemEntries(temp.Path).ShouldBe([file]);
    }
}
