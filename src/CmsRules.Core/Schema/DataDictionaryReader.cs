using CmsRules.Core.Diagnostics;
using CmsRules.Core.Yaml;

namespace CmsRules.Core.Schema;

/// <summary>
/// Reads the `tables` sections of definition files (the core's measures/dataset.yaml and the plugins' own) into one
/// <see cref="DataDictionary"/>. Every problem of every file is collected and thrown together as a
/// <see cref="DiagnosticException"/>, each at its file, line and column.
/// </summary>
public static class DataDictionaryReader
{
    /// <summary>Reads YAML files holding only tables; a missing one is reported with the others' problems.</summary>
    public static DataDictionary ReadFiles(IEnumerable<string> paths)
    {
        var bag = new DiagnosticBag();
        var sources = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) sources.Add((path, File.ReadAllText(path)));
            else bag.Error(new SourceLocation(path, 1, 1), "the data dictionary file does not exist");
        }
        return Read(sources, bag);
    }

    /// <summary>Reads YAML texts holding only tables; <c>File</c> is the name diagnostics give for each.</summary>
    public static DataDictionary Read(IEnumerable<(string File, string Text)> sources) => Read(sources, new DiagnosticBag());

    private static DataDictionary Read(IEnumerable<(string File, string Text)> sources, DiagnosticBag bag)
    {
        var declared = new List<DeclaredTable>();
        foreach (var (file, text) in sources)
        {
            if (YamlSource.Parse(file, text, bag) is not { } document) continue;
            var root = new YamlMap(document.Root, document, "the data dictionary", ["tables"], bag);
            declared.AddRange(TableDeclarationParser.ParseTables(root, document, bag));
        }
        var dictionary = Build(declared, bag);
        bag.ThrowIfErrors();
        return dictionary;
    }

    /// <summary>Checks the tables declared across all files together (unique names, rules naming real columns).</summary>
    internal static DataDictionary Build(IReadOnlyList<DeclaredTable> declared, DiagnosticBag bag)
    {
        DataDictionaryChecks.Check(declared, bag);
        return new DataDictionary(declared.Select(d => d.Schema).DistinctBy(s => s.Name).ToList()); // a clash is reported above
    }
}
