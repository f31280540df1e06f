using CmsRules.Core.Diagnostics;
using CmsRules.Core.Text;
using CmsRules.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace CmsRules.Core.Schema;

/// <summary>Turns the YAML of one data dictionary file into table declarations, reporting shape and type problems.</summary>
internal static class TableDeclarationParser
{
    private static readonly string[] TableKeys = ["name", "file", "description", "key", "no_overlap", "order_by", "columns"];
    private static readonly string[] OverlapKeys = ["group", "from", "to"];
    private static readonly string[] ColumnKeys =
        ["name", "type", "nullable", "codes", "description", "references", "not_before", "required_when", "min", "min_unless", "at_most", "day_of_month"];

    private static readonly Dictionary<string, DataType> Types = new(StringComparer.Ordinal)
    {
        ["int"] = DataType.Integer, ["pence"] = DataType.Money, ["date"] = DataType.Date,
        ["bool"] = DataType.Bool, ["string"] = DataType.String, ["enum"] = DataType.Enum,
    };

    /// <summary>The tables of a definition file's `tables` section, if it has one.</summary>
    public static List<DeclaredTable> ParseTables(YamlMap root, YamlSource file, DiagnosticBag bag)
    {
        var tables = new List<DeclaredTable>();
        if (root.Sequence("tables") is not { } list) return tables;
        foreach (var node in list.Children)
        {
            if (node is YamlMappingNode tableNode) ParseTable(tableNode, file, bag, tables);
            else bag.Error(root.At(node), "each item of 'tables' must be a mapping (name, file, columns, ...)");
        }
        return tables;
    }

    private static void ParseTable(YamlMappingNode node, YamlSource file, DiagnosticBag bag, List<DeclaredTable> tables)
    {
        var map = new YamlMap(node, file, "a table", TableKeys, bag);
        var name = map.String("name", required: true);
        if (name is null) return;
        var csv = map.String("file") ?? name + ".csv";
        var columns = new List<ColumnSchema>();
        var rules = new List<DeclaredRule>();
        var columnList = map.Sequence("columns", required: true);
        if (columnList is not null)
        {
            foreach (var item in columnList.Children)
            {
                if (item is YamlMappingNode columnNode) ParseColumn(columnNode, file, bag, columns, rules);
                else bag.Error(map.At(item), $"each column of table '{name}' must be a mapping (name, type, ...)");
            }
        }
        var key = (map.Strings("key") ?? []).Select(k => new DeclaredName(k.Value, k.At)).ToList();
        var (overlap, overlapNames) = ParseOverlap(map, file, bag);
        var orderBy = map.String("order_by") is { } order ? new DeclaredName(order, map.LocationOf("order_by", map.Location)) : null;
        var schema = new TableSchema(name, csv, columns, key.Select(k => k.Name).ToList(), overlap, map.Location,
            map.String("description") ?? "", orderBy?.Name);
        tables.Add(new DeclaredTable(schema, map.LocationOf("file", map.Location), key, overlapNames, orderBy, rules));
    }

    private static (NoOverlapRule?, List<DeclaredName>) ParseOverlap(YamlMap table, YamlSource file, DiagnosticBag bag)
    {
        if (table.Mapping("no_overlap") is not { } node) return (null, []);
        var map = new YamlMap(node, file, "no_overlap", OverlapKeys, bag);
        var names = new List<DeclaredName>();
        foreach (var key in OverlapKeys)
            if (map.String(key, required: true) is { } value) names.Add(new DeclaredName(value, map.LocationOf(key, map.Location)));
        return names.Count == 3 ? (new NoOverlapRule(names[0].Name, names[1].Name, names[2].Name), names) : (null, names);
    }

    private static void ParseColumn(YamlMappingNode node, YamlSource file, DiagnosticBag bag, List<ColumnSchema> columns, List<DeclaredRule> rules)
    {
        var map = new YamlMap(node, file, "a column", ColumnKeys, bag);
        var name = map.String("name", required: true);
        var typeName = map.String("type", required: true);
        if (name is null || typeName is null) return;
        // A column of unknown type is still declared (as a string) so rules naming it do not report it missing too.
        var typeKnown = Types.TryGetValue(typeName, out var type);
        if (!typeKnown)
        {
            type = DataType.String;
            bag.Error(map.LocationOf("type", map.Location),
                $"column '{name}': unknown type '{typeName}'; expected one of {string.Join(", ", Types.Keys)}{DidYouMean.Hint(typeName, Types.Keys)}");
        }
        if (columns.Any(c => c.Name == name))
        {
            bag.Error(map.LocationOf("name", map.Location), $"column '{name}' is declared twice in this table");
            return;
        }
        var codes = typeKnown ? ParseCodes(map, name, type, bag) : [];
        var constraints = new ColumnConstraints
        {
            References = ParseReference(map, name, bag),
            NotBefore = map.String("not_before"),
            RequiredWhen = map.String("required_when"),
            AtMost = map.String("at_most"),
            Min = map.Integer("min"),
            MinUnless = ParseMinUnless(map, name, bag),
            DayOfMonth = ParseDayOfMonth(map, name, bag),
        };
        if (typeKnown) CheckRuleFitsType(map, name, type, constraints, bag);
        var column = new ColumnSchema(name, type, map.Bool("nullable") ?? false, codes, constraints, map.Location,
            map.String("description") ?? "");
        columns.Add(column);
        foreach (var rule in (string[])["references", "not_before", "required_when", "at_most"])
            if (map.String(rule) is { } target) rules.Add(new DeclaredRule(column, rule, target, map.LocationOf(rule, map.Location)));
        if (constraints.MinUnless is { } exception) rules.Add(new DeclaredRule(column, "min_unless", exception.Column, map.LocationOf("min_unless", map.Location)));
    }

    private static List<string> ParseCodes(YamlMap map, string column, DataType type, DiagnosticBag bag)
    {
        var codes = map.Strings("codes");
        if (type != DataType.Enum)
        {
            if (codes is not null) bag.Error(map.LocationOf("codes", map.Location), $"column '{column}': only an enum has codes");
            return [];
        }
        if (codes is null || codes.Count == 0)
        {
            bag.Error(map.LocationOf("codes", map.Location), $"column '{column}': an enum needs its list of codes");
            return [];
        }
        if (codes.Count > byte.MaxValue)
            bag.Error(map.LocationOf("codes", map.Location), $"column '{column}': an enum may have at most {byte.MaxValue} codes");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, at) in codes)
            if (!seen.Add(code)) bag.Error(at, $"column '{column}': code '{code}' is listed twice");
        return codes.Select(c => c.Value).ToList();
    }

    private static MinException? ParseMinUnless(YamlMap map, string column, DiagnosticBag bag)
    {
        if (map.Map("min_unless", "min_unless", ["column", "codes"]) is not { } rule) return null;
        var target = rule.String("column", required: true);
        var codes = rule.Strings("codes");
        if (codes is null || codes.Count == 0) bag.Error(map.LocationOf("min_unless", map.Location), $"column '{column}': min_unless needs its list of codes");
        if (map.Node("min") is null) bag.Error(map.LocationOf("min_unless", map.Location), $"column '{column}': min_unless makes exceptions to min, which is missing");
        return target is null || codes is not { Count: > 0 } ? null : new MinException(target, codes.Select(c => c.Value).ToList());
    }

    private static ColumnReference? ParseReference(YamlMap map, string column, DiagnosticBag bag)
    {
        if (map.String("references") is not { } text) return null;
        var parts = text.Split('.');
        if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0) return new ColumnReference(parts[0], parts[1]);
        bag.Error(map.LocationOf("references", map.Location), $"column '{column}': references must be written table.column, not '{text}'");
        return null;
    }

    private static DayOfMonth? ParseDayOfMonth(YamlMap map, string column, DiagnosticBag bag) => map.String("day_of_month") switch
    {
        null => null,
        "first" => DayOfMonth.First,
        "last" => DayOfMonth.Last,
        var other => Report(bag, map.LocationOf("day_of_month", map.Location), $"column '{column}': day_of_month must be first or last, not '{other}'"),
    };

    private static DayOfMonth? Report(DiagnosticBag bag, SourceLocation at, string message)
    {
        bag.Error(at, message);
        return null;
    }

    private static void CheckRuleFitsType(YamlMap map, string column, DataType type, ColumnConstraints c, DiagnosticBag bag)
    {
        var numeric = type is DataType.Integer or DataType.Money;
        if (c.Min is not null && !numeric) bag.Error(map.LocationOf("min", map.Location), $"column '{column}': min applies to int or pence columns only");
        if (c.AtMost is not null && !numeric) bag.Error(map.LocationOf("at_most", map.Location), $"column '{column}': at_most applies to int or pence columns only");
        if (c.NotBefore is not null && type != DataType.Date) bag.Error(map.LocationOf("not_before", map.Location), $"column '{column}': not_before applies to date columns only");
        if (c.DayOfMonth is not null && type != DataType.Date) bag.Error(map.LocationOf("day_of_month", map.Location), $"column '{column}': day_of_month applies to date columns only");
    }
}
