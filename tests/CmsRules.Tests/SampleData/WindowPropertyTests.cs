using CmsRules.SampleData;
using CmsRules.SampleData.Output;
using FsCheck.Xunit;

namespace CmsRules.Tests.SampleData;

public sealed class WindowPropertyTests
{
    /// <summary>For any seed and any window of months, nothing is dated outside it and service-type rows never overlap.</summary>
    [Property(MaxTest = 40)]
    public void Every_date_lies_in_the_chosen_months_and_service_rows_never_overlap(ulong seed, byte startOffset, byte length)
    {
        var from = new DateOnly(2013, 1, 1).AddMonths(startOffset % 150);
        var to = from.AddMonths(length % 40);
        var last = to.AddMonths(1).AddDays(-1);
        using var temp = new TempDirectory();

        ExtractGenerator.Generate(new GeneratorOptions(60, seed, from, to), temp.Combine("x"));

        foreach (var (file, columns) in ContractColumns.Tables)
        {
            var table = CsvTable.Read(temp.Combine($"x/{file}"));
            foreach (var column in columns.Where(c => c.Kind == ContractColumns.Kind.Date))
                foreach (var row in table.Rows)
                    if (table.NullableDate(row, column.Name) is { } d) d.ShouldBeInRange(from, last, $"{file}.{column.Name}");
        }
        var st = CsvTable.Read(temp.Combine($"x/{ExtractFiles.ServiceTypeHistory}"));
        foreach (var group in st.Rows.GroupBy(r => st.Get(r, "case_group_id")))
        {
            var rows = group.Select(r => (From: st.Date(r, "valid_from"), To: st.NullableDate(r, "valid_to"))).OrderBy(r => r.From).ToList();
            for (var i = 0; i + 1 < rows.Count; i++) rows[i].To.ShouldBe(rows[i + 1].From);
        }
    }
}
