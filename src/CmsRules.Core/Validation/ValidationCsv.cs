using System.Text;
using CmsRules.Core.Output;

namespace CmsRules.Core.Validation;

/// <summary>
/// validation.csv: a row per rule, period and category checked, with its status (passed, failed, not_applicable) and
/// the unrounded values the check read, so a failure can be followed up without rerunning.
/// </summary>
public static class ValidationCsv
{
    public const string FileName = "validation.csv";
    public const string Header = "rule,severity,period,dimension,category,status,values,description";

    public static void Write(string path, ValidationReport report) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            writer.WriteLine(Header);
            foreach (var outcome in report.Outcomes)
            {
                var rule = outcome.Rule.Definition;
                writer.WriteLine(CsvText.Row(rule.Name, rule.Severity.ToString().ToLowerInvariant(), outcome.Period, outcome.Dimension,
                    outcome.Category, Status(outcome.Status), string.Join("; ", outcome.Values.Select(v => $"{v.Name}={v.Value}")), rule.Description));
            }
        });

    public static string Status(ValidationStatus status) => status switch
    {
        ValidationStatus.Passed => "passed",
        ValidationStatus.Failed => "failed",
        _ => "not_applicable",
    };
}
