using System.Text.RegularExpressions;
using CmsRules.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CmsRules.Core.Schema;

/// <summary>
/// Reads data dictionary YAML files (the core's measures/dataset.yaml and the plugins' own) into one
/// <see cref="DataDictionary"/>. Every problem of every file is collected and thrown together as a
/// <see cref="DiagnosticException"/>, each at its file, line and column.
/// </summary>
public static partial class DataDictionaryReader
{
    /// <summary>Reads YAML files; a missing one is reported with the others' problems.</summary>
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

    /// <summary>Reads YAML texts; <c>File</c> is the name diagnostics give for each.</summary>
    public static DataDictionary Read(IEnumerable<(string File, string Text)> sources) => Read(sources, new DiagnosticBag());

    private static DataDictionary Read(IEnumerable<(string File, string Text)> sources, DiagnosticBag bag)
    {
        var declared = new List<DeclaredTable>();
        foreach (var (file, text) in sources)
        {
            var root = Parse(file, text, bag);
            if (root is not null) declared.AddRange(TableDeclarationParser.ParseFile(root, file, bag));
        }
        DataDictionaryChecks.Check(declared, bag);
        bag.ThrowIfErrors();
        return new DataDictionary(declared.Select(d => d.Schema).ToList());
    }

    private static YamlNode? Parse(string file, string text, DiagnosticBag bag)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // YamlDotNet prefixes its messages with the position, which our location already gives.
            var message = PositionPrefix().Replace(e.InnerException is YamlException inner ? inner.Message : e.Message, "");
            bag.Error(new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), $"malformed YAML: {message}");
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            bag.Error(new SourceLocation(file, 1, 1), "the file is empty; expected a mapping with 'tables'");
            return null;
        }
        return stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
