using System.Security.Cryptography;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Publication;
using CmsRules.Core.Schema;
using CmsRules.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace CmsRules.Core.Definitions;

/// <summary>
/// Reads every `*.yaml` file of the given definition folders. Any file may hold any of the sections (tables,
/// assumptions, rounding, dimensions, fields, measures), so a plugin declares its family exactly as the core does.
/// All problems of all files are reported together.
/// </summary>
public static class DefinitionSetReader
{
    private static readonly string[] Sections = ["tables", "assumptions", "rounding", "dimensions", "fields", "family", "measures", "validations"];
    private static readonly string[] AssumptionKeys = ["name", "type", "default", "description"];
    private static readonly string[] RoundingKeys = ["name", "nearest", "suppress", "min_base"];
    private static readonly string[] DimensionKeys = ["name", "description", "categories"];
    private static readonly string[] FieldKeys = ["name", "parameters", "description", "expression"];
    private static readonly string[] MeasureKeys =
        ["id", "title", "description", "spec", "kind", "rounding", "publish", "from", "where", "group_by", "value", "base", "breakdowns"];
    private static readonly string[] ValidationKeys = ["name", "severity", "description", "check", "for_each", "sums"];

    public static DefinitionSet Read(IEnumerable<string> folders)
    {
        var bag = new DiagnosticBag();
        var set = Read(folders, bag);
        bag.ThrowIfErrors();
        return set;
    }

    /// <summary>
    /// Reads what can be read, adding every problem to <paramref name="bag"/> without throwing: a definition with an
    /// error is left out of the set, so tools like `cmsrules check` can go on to compile the rest.
    /// </summary>
    public static DefinitionSet Read(IEnumerable<string> folders, DiagnosticBag bag)
    {
        var files = new List<(string Path, string Display, string Name)>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                bag.Error(new SourceLocation(folder, 1, 1), "definition folder not found");
                continue;
            }
            var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
                files.Add((path, Path.GetRelativePath(Directory.GetCurrentDirectory(), path), $"{folderName}/{Path.GetFileName(path)}"));
        }
        return Collect(files.Select(f => (f.Display, f.Name, File.ReadAllBytes(f.Path))), bag);
    }

    /// <param name="files">each file's name in messages, its name in the run manifest, and its bytes</param>
    public static DefinitionSet Read(IEnumerable<(string Display, string Name, byte[] Bytes)> files)
    {
        var bag = new DiagnosticBag();
        var set = Collect(files, bag);
        bag.ThrowIfErrors();
        return set;
    }

    private static DefinitionSet Collect(IEnumerable<(string Display, string Name, byte[] Bytes)> files, DiagnosticBag bag)
    {
        var set = new Builder();
        foreach (var (display, name, bytes) in files)
        {
            set.Files.Add(new DefinitionFile(name, Convert.ToHexStringLower(SHA256.HashData(bytes))));
            if (YamlSource.Parse(display, System.Text.Encoding.UTF8.GetString(bytes), bag) is { } document) ReadFile(document, set, bag);
        }
        var dictionary = DataDictionaryReader.Build(set.Tables, bag);
        CheckUnique(set.Measures, m => m.Id, m => m.Location, "measure", bag);
        CheckUnique(set.Assumptions, a => a.Name, a => a.Location, "assumption", bag);
        CheckUnique(set.Rounding, r => r.Name, r => r.Location, "rounding rule", bag);
        CheckUnique(set.Dimensions, d => d.Name, d => d.Location, "dimension", bag);
        CheckUnique(set.Fields, f => $"{f.Table}.{f.Name}", f => f.Location, "field", bag);
        CheckUnique(set.Validations, v => v.Name, v => v.Location, "validation", bag);
        return new DefinitionSet(dictionary, set.Assumptions, set.Rounding, set.Dimensions, set.Fields, set.Measures, set.Files, set.Validations);
    }

    private sealed class Builder
    {
        public readonly List<DefinitionFile> Files = [];
        public readonly List<DeclaredTable> Tables = [];
        public readonly List<AssumptionDefinition> Assumptions = [];
        public readonly List<RoundingRule> Rounding = [];
        public readonly List<DimensionDefinition> Dimensions = [];
        public readonly List<FieldText> Fields = [];
        public readonly List<MeasureDefinition> Measures = [];
        public readonly List<ValidationDefinition> Validations = [];
    }

    private static void ReadFile(YamlSource document, Builder set, DiagnosticBag bag)
    {
        var root = new YamlMap(document.Root, document, "a definition file", Sections, bag);
        set.Tables.AddRange(TableDeclarationParser.ParseTables(root, document, bag));
        foreach (var map in root.Maps("assumptions", "an assumption", AssumptionKeys))
            if (ReadAssumption(map) is { } assumption) set.Assumptions.Add(assumption);
        foreach (var map in root.Maps("rounding", "a rounding rule", RoundingKeys))
            if (ReadRounding(map) is { } rule) set.Rounding.Add(rule);
        foreach (var map in root.Maps("dimensions", "a dimension", DimensionKeys))
            if (ReadDimension(map) is { } dimension) set.Dimensions.Add(dimension);
        if (root.Mapping("fields") is { } fields)
            foreach (var (tableNode, list) in fields.Children)
                set.Fields.AddRange(ReadFields(((YamlScalarNode)tableNode).Value ?? "", list, document, bag));
        var family = root.String("family", required: root.Has("measures"));
        foreach (var map in root.Maps("measures", "a measure", MeasureKeys))
            if (ReadMeasure(map, family ?? "", document) is { } measure) set.Measures.Add(measure);
        foreach (var map in root.Maps("validations", "a validation", ValidationKeys))
            if (ReadValidation(map) is { } validation) set.Validations.Add(validation);
    }

    private static ValidationDefinition? ReadValidation(YamlMap map)
    {
        var name = map.String("name", required: true);
        var severityText = map.String("severity", required: true);
        var check = map.Expression("check", required: true);
        ValidationSeverity? severity = severityText switch { "error" => ValidationSeverity.Error, "warning" => ValidationSeverity.Warning, _ => null };
        if (severityText is not null && severity is null)
            map.Error(map.Node("severity")!, $"unknown severity '{severityText}'; expected error or warning");
        var sums = new List<CategorySum>();
        if (map.Mapping("sums") is { } sumsNode)
            foreach (var (key, value) in sumsNode.Children)
            {
                var sumName = ((YamlScalarNode)key).Value ?? "";
                if (value is not YamlMappingNode detail)
                {
                    map.Error(value, $"sum '{sumName}' must be {{ measure: ..., dimension: ... }}");
                    continue;
                }
                var sum = new YamlMap(detail, map.File, $"sum '{sumName}'", ["measure", "dimension"], map.Bag);
                var (measure, dimension) = (sum.String("measure", required: true), sum.String("dimension", required: true));
                if (measure is not null && dimension is not null) sums.Add(new CategorySum(sumName, measure, dimension, map.At(key)));
            }
        if (name is null || severity is null || check is null) return null;
        return new ValidationDefinition(name, severity.Value, map.String("description") ?? "", check, map.String("for_each"), sums, map.Location);
    }

    private static AssumptionDefinition? ReadAssumption(YamlMap map)
    {
        var name = map.String("name", required: true);
        var typeText = map.String("type", required: true);
        var defaultText = map.String("default", required: true);
        if (name is null || typeText is null || defaultText is null) return null;
        AssumptionType? type = typeText switch
        {
            "bool" => AssumptionType.Bool, "number" => AssumptionType.Number, "integer" => AssumptionType.Integer, _ => null,
        };
        if (type is null)
        {
            map.Error(map.Node("type")!, $"unknown assumption type '{typeText}'; expected bool, number or integer");
            return null;
        }
        if (AssumptionValue.Parse(defaultText, type.Value) is not { } value)
        {
            map.Error(map.Node("default")!, $"default '{defaultText}' is not a {typeText}");
            return null;
        }
        return new AssumptionDefinition(name, type.Value, value, map.String("description") ?? "", map.Location);
    }

    private static RoundingRule? ReadRounding(YamlMap map)
    {
        var name = map.String("name", required: true);
        var nearest = map.Has("nearest") ? map.Decimal("nearest") : map.String("nearest", required: true) is null ? null : 0m;
        if (nearest is <= 0) map.Error(map.Node("nearest")!, "'nearest' must be more than 0");
        var suppress = map.Map("suppress", "suppress", ["from", "to"]);
        var (from, to) = (suppress?.Decimal("from"), suppress?.Decimal("to"));
        if (suppress is not null && (from is null || to is null)) map.Error(map.Node("suppress")!, "'suppress' needs both 'from' and 'to'");
        return name is null || nearest is not > 0 ? null : new RoundingRule(name, nearest.Value, from, to, map.Decimal("min_base"), map.Location);
    }

    private static DimensionDefinition? ReadDimension(YamlMap map)
    {
        var name = map.String("name", required: true);
        var categories = map.Map("categories", "a dimension's categories", ["distinct", "unknown"]);
        if (categories is null) map.String("categories", required: true);
        var distinct = categories?.String("distinct", required: true);
        if (name is null || distinct is null) return null;
        var parts = distinct.Split('.');
        if (parts.Length == 2) return new DimensionDefinition(name, parts[0], parts[1], categories!.String("unknown"), map.String("description") ?? "", map.Location);
        categories!.Error(categories.Node("distinct")!, $"'distinct' must name a column as table.column, not '{distinct}'");
        return null;
    }

    private static IEnumerable<FieldText> ReadFields(string table, YamlNode list, YamlSource document, DiagnosticBag bag)
    {
        if (list is not YamlSequenceNode sequence)
        {
            bag.Error(document.At(list), $"the fields of '{table}' must be a list");
            yield break;
        }
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode node)
            {
                bag.Error(document.At(item), "each field must be a mapping with name and expression");
                continue;
            }
            var map = new YamlMap(node, document, "a field", FieldKeys, bag);
            var name = map.String("name", required: true);
            var expression = map.Expression("expression", required: true);
            var parameters = map.Strings("parameters")?.Select(p => p.Value).ToList() ?? [];
            if (name is not null && expression is not null)
                yield return new FieldText(table, name, parameters, expression, map.String("description") ?? "", map.Location);
        }
    }

    private static MeasureDefinition? ReadMeasure(YamlMap map, string family, YamlSource document)
    {
        var id = map.String("id", required: true);
        var title = map.String("title", required: true);
        var kindText = map.String("kind", required: true);
        var rounding = map.String("rounding", required: true);
        var value = map.Expression("value", required: true);
        MeasureKind? kind = kindText switch
        {
            "count" => MeasureKind.Count, "money" => MeasureKind.Money, "percentage" => MeasureKind.Percentage, "days" => MeasureKind.Days, _ => null,
        };
        if (kindText is not null && kind is null)
            map.Error(map.Node("kind")!, $"unknown kind '{kindText}'; expected count, money, percentage or days");
        var from = map.String("from");
        if (from is null)
            foreach (var key in new[] { "where", "group_by" })
                if (map.Node(key) is { } node) map.Error(node, $"'{key}' needs 'from': a measure without 'from' combines other measures");
        var breakdowns = ReadBreakdowns(map, derived: from is null, document);
        if (id is null || title is null || kind is null || rounding is null || value is null) return null;
        return new MeasureDefinition(id, family, title, map.String("description") ?? "", map.String("spec") ?? "", kind.Value, rounding,
            map.Bool("publish") ?? true, from, map.Expression("where"), map.String("group_by"), value, map.Expression("base"), breakdowns, map.Location);
    }

    /// <summary>`dimension: expression` or `dimension: { by: expression, categories: [...] }`; a list of dimension names for a derived measure.</summary>
    private static List<BreakdownDefinition> ReadBreakdowns(YamlMap map, bool derived, YamlSource document)
    {
        var result = new List<BreakdownDefinition>();
        var node = map.Node("breakdowns");
        if (node is null) return result;
        if (derived)
        {
            if (map.Strings("breakdowns") is { } names)
                result.AddRange(names.Select(n => new BreakdownDefinition(n.Value, null, null, n.At)));
            return result;
        }
        if (map.Mapping("breakdowns") is not { } dimensions) return result;
        foreach (var (key, value) in dimensions.Children)
        {
            var dimension = ((YamlScalarNode)key).Value ?? "";
            if (value is YamlMappingNode detail && !IsCSharp(detail))
            {
                var by = new YamlMap(detail, document, $"the {dimension} breakdown", ["by", "categories"], map.Bag);
                if (by.Expression("by", required: true) is { } expression)
                    result.Add(new BreakdownDefinition(dimension, expression, by.Strings("categories")?.Select(c => c.Value).ToList(), document.At(key)));
            }
            else if (document.Expression(value, dimension, map.Bag) is { } expression)
                result.Add(new BreakdownDefinition(dimension, expression, null, document.At(key)));
        }
        return result;
    }

    private static bool IsCSharp(YamlMappingNode node) => node.Children.Keys.Any(k => k is YamlScalarNode { Value: "csharp" });

    private static void CheckUnique<T>(IEnumerable<T> items, Func<T, string> key, Func<T, SourceLocation> location, string what, DiagnosticBag bag)
    {
        foreach (var group in items.GroupBy(key).Where(g => g.Count() > 1))
            foreach (var duplicate in group.Skip(1))
                bag.Error(location(duplicate), $"{what} '{group.Key}' is declared twice (first at {location(group.First())})");
    }
}
