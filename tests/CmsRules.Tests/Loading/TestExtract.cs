using CmsRules.Cli;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Loading;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;

namespace CmsRules.Tests.Loading;

/// <summary>An extract directory written by a test, loaded against the repository's measures/dataset.yaml.</summary>
public sealed class TestExtract : IDisposable
{
    public const string CaseGroupsHeader =
        "case_group_id,paying_parent_id,receiving_parent_id,opened_date,closed_date,closure_reason,origin,region_code,constituency_code";

    private static readonly Lazy<DataDictionary> Core = new(() =>
        DataDictionaryReader.ReadFiles([Path.Combine(RepositoryLocator.FindRoot(AppContext.BaseDirectory)!, "measures", "dataset.yaml")]));

    public static DataDictionary CoreDictionary => Core.Value;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "cmsrules-test-" + Guid.NewGuid().ToString("N"));

    public TestExtract() => System.IO.Directory.CreateDirectory(Directory);

    /// <summary>Writes a CSV file from lines joined with \n (a final newline is added).</summary>
    public TestExtract Write(string file, params string[] lines)
    {
        File.WriteAllText(Path.Combine(Directory, file), string.Join("\n", lines) + "\n");
        return this;
    }

    /// <summary>Writes case_groups.csv with open case groups of the given ids, for tables that reference them.</summary>
    public TestExtract WriteCaseGroups(params int[] ids) =>
        Write("case_groups.csv", [CaseGroupsHeader, .. ids.Select(id => $"{id},1{id},2{id},2020-01-01,,,NewApplication,E12000001,")]);

    public string PathOf(string file) => Path.Combine(Directory, file);

    public Extract Load(params string[] requiredTables) =>
        ExtractLoader.Load(CoreDictionary, Directory, new LoadOptions { RequiredTables = requiredTables });

    /// <summary>Loads expecting failure and returns every diagnostic.</summary>
    public DiagnosticException LoadFails(params string[] requiredTables) => Should.Throw<DiagnosticException>(() => Load(requiredTables));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
