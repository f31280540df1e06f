using CmsRules.SampleData.Output;
using CmsRules.SampleData.Simulation;

namespace CmsRules.SampleData;

/// <summary>
/// Generates a realistic CMS extract (every table of the data contract) into a directory. Case groups
/// are simulated one at a time and streamed to the files, so memory stays small whatever the count;
/// the same options always give byte-identical files.
/// </summary>
public static class ExtractGenerator
{
    /// <summary>Bumped whenever the output for given options changes, so cached samples are regenerated.</summary>
    public const int Version = 1;

    /// <summary>
    /// Writes the extract to <paramref name="outputDirectory"/> atomically: into a temporary sibling
    /// first, renamed into place (replacing an existing directory) only when complete.
    /// <paramref name="progress"/> is called with (case groups done, total) from the calling thread.
    /// Returns the rows and bytes of each file, in the order of <see cref="ExtractFiles.All"/>.
    /// </summary>
    public static IReadOnlyList<TableSummary> Generate(GeneratorOptions options, string outputDirectory, Action<long, long>? progress = null)
    {
        var problems = options.Problems();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(options));
        IReadOnlyList<TableSummary> summary = [];
        AtomicDirectory.Write(outputDirectory, directory => summary = WriteInto(options, directory, progress));
        return summary;
    }

    private static IReadOnlyList<TableSummary> WriteInto(GeneratorOptions options, string directory, Action<long, long>? progress)
    {
        var window = new Window(options.FirstDay, options.LastDay);
        using var output = new ExtractWriter(directory);
        ConstituenciesTable.Write(output.Constituencies);
        CallsSimulator.Write(window, options.Seed, options.CaseGroups, output.Calls);
        var simulator = new CaseGroupSimulator(window, options.Seed, output);
        long total = options.CaseGroups;
        var step = Math.Max(1, total / 1000);
        for (long i = 0; i < total; i++)
        {
            simulator.Simulate(i);
            if ((i + 1) % step == 0) progress?.Invoke(i + 1, total);
        }
        progress?.Invoke(total, total);
        return output.Complete();
    }
}
