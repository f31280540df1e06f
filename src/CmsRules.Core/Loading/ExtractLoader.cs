using System.Collections.Concurrent;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Loading;

/// <summary>
/// Loads an extract directory (one CSV file per declared table) into the columnar store, checking every
/// rule of the data dictionary. All problems of all files are thrown together as a <see cref="DiagnosticException"/>.
/// A table declared with order_by is then put in order of that date (<see cref="DateOrder"/>).
/// </summary>
public static class ExtractLoader
{
    public static Extract Load(DataDictionary dictionary, string directory, LoadOptions? options = null)
    {
        options ??= new LoadOptions();
        var bag = new DiagnosticBag(options.MaxErrors);
        if (!Directory.Exists(directory))
        {
            bag.Error(new SourceLocation(directory, 1, 1), "the extract directory does not exist");
            bag.ThrowIfErrors();
        }
        var required = options.RequiredTables is { } r ? new HashSet<string>(r, StringComparer.Ordinal) : null;
        var present = new List<LoadedTable>();
        foreach (var schema in dictionary.Tables)
        {
            var loaded = new LoadedTable(schema, Path.Combine(directory, schema.File), options.MaxErrors);
            if (File.Exists(loaded.Path)) present.Add(loaded);
            else if (required is null || required.Contains(schema.Name))
                bag.Error(new SourceLocation(loaded.Path, 1, 1), $"the file of table '{schema.Name}' is missing");
        }

        // The biggest files first, handed out one at a time (no chunking), so the cores finish together.
        var bySize = present.OrderByDescending(t => new FileInfo(t.Path).Length).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(Partitioner.Create(bySize, EnumerablePartitionerOptions.NoBuffering), parallel, table =>
        {
            CsvTableReader.Read(table, options.Progress);
            if (table.Table is null) return;
            RowRuleChecks.Check(table);
            CrossRowChecks.Key(table);
            CrossRowChecks.NoOverlap(table);
        });
        var byName = present.ToDictionary(t => t.Schema.Name, StringComparer.Ordinal);
        Parallel.ForEach(bySize.Where(t => t.Table is not null), parallel, table => ReferenceChecks.Check(table, byName));

        foreach (var table in present)
        {
            foreach (var d in table.Errors.Items.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column)) bag.Add(d);
            bag.CountOmitted(table.Errors.Omitted);
        }
        bag.ThrowIfErrors();
        // Only now: the checks above report rows by their lines in the files.
        return new Extract(dictionary, present.Select(t => DateOrder.Sort(t.Table!)).ToList());
    }
}
