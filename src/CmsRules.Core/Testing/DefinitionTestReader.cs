using CmsRules.Core.Diagnostics;
using CmsRules.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace CmsRules.Core.Testing;

/// <summary>Reads the definition test files (`tests/*.yaml` beside the measures); every problem is reported together.</summary>
public static class DefinitionTestReader
{
    private static readonly string[] TestKeys = ["name", "period", "assume", "tables", "expect", "published"];

    public static IReadOnlyList<DefinitionTest> ReadFolder(string folder) =>
        Read(Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(Directory.GetCurrentDirectory(), path), File.ReadAllText(path))));

    public static IReadOnlyList<DefinitionTest> Read(IEnumerable<(string File, string Text)> files)
    {
        var bag = new DiagnosticBag();
        var tests = new List<DefinitionTest>();
        foreach (var (file, text) in files)
        {
            if (YamlSource.Parse(file, text, bag) is not { } source) continue;
            var root = new YamlMap(source.Root, source, "a definition test file", ["tests"], bag);
            foreach (var map in root.Maps("tests", "a definition test", TestKeys))
                if (ReadTest(map, source, bag) is { } test) tests.Add(test);
        }
        bag.ThrowIfErrors();
        return tests;
    }

    private static DefinitionTest? ReadTest(YamlMap map, YamlSource source, DiagnosticBag bag)
    {
        var name = map.String("name", required: true);
        var period = map.String("period", required: true);
        var assumptions = Pairs(map.Mapping("assume"), source).Select(p => $"{p.Key}={p.Value}").ToList();
        var tables = new List<InlineTable>();
        foreach (var (key, value) in map.Mapping("tables")?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (value is YamlScalarNode csv && source.Expression(csv, "table", bag) is { } text)
                tables.Add(new InlineTable(((YamlScalarNode)key).Value ?? "", text.Text, text.Start));
            else bag.Error(source.At(value), "a table is CSV text, written as a block after `|`");
        }
        var values = Pairs(map.Mapping("expect"), source).Select(p => new ExpectedFigure(p.Key, p.Value, p.At)).ToList();
        var published = Pairs(map.Mapping("published"), source).Select(p => new ExpectedFigure(p.Key, p.Value, p.At)).ToList();
        if (values.Count + published.Count == 0) bag.Error(map.Location, "a test needs at least one figure under 'expect' or 'published'");
        return name is null || period is null ? null : new DefinitionTest(name, period, assumptions, tables, values, published, map.Location);
    }

    private static IEnumerable<(string Key, string Value, SourceLocation At)> Pairs(YamlMappingNode? node, YamlSource source) =>
        (node?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>()).Select(pair => (((YamlScalarNode)pair.Key).Value ?? "", (pair.Value as YamlScalarNode)?.Value ?? "", source.At(pair.Key)));
}
