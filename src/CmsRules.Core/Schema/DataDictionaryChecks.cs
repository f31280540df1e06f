using CmsRules.Core.Diagnostics;
using CmsRules.Core.Text;

namespace CmsRules.Core.Schema;

/// <summary>Checks that need every file read: unique table and file names, and that every rule names something that exists.</summary>
internal static class DataDictionaryChecks
{
    public static void Check(IReadOnlyList<DeclaredTable> tables, DiagnosticBag bag)
    {
        var byName = new Dictionary<string, DeclaredTable>(StringComparer.Ordinal);
        var byFile = new Dictionary<string, DeclaredTable>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var s = table.Schema;
            if (!byName.TryAdd(s.Name, table))
                bag.Error(s.Location, $"table '{s.Name}' is already declared at {byName[s.Name].Schema.Location}");
            else if (!byFile.TryAdd(s.File, table))
                bag.Error(table.FileAt, $"file '{s.File}' already belongs to table '{byFile[s.File].Schema.Name}' declared at {byFile[s.File].Schema.Location}");
        }
        foreach (var table in tables)
        {
            CheckKey(table, bag);
            CheckOverlap(table, bag);
            CheckOrder(table, bag);
            foreach (var rule in table.Rules) CheckRule(table.Schema, rule, byName, bag);
        }
    }

    private static void CheckKey(DeclaredTable table, DiagnosticBag bag)
    {
        foreach (var name in table.Key) Resolve(table.Schema, name.Name, name.At, "key", bag);
    }

    private static void CheckOverlap(DeclaredTable table, DiagnosticBag bag)
    {
        if (table.OverlapColumns.Count != 3) return;
        var group = table.OverlapColumns[0];
        Resolve(table.Schema, group.Name, group.At, "no_overlap group", bag);
        foreach (var end in table.OverlapColumns.Skip(1))
            if (Resolve(table.Schema, end.Name, end.At, "no_overlap", bag) is { } c && c.Type != DataType.Date)
                bag.Error(end.At, $"no_overlap: column '{end.Name}' must be a date, not {c.Type}");
    }

    private static void CheckOrder(DeclaredTable table, DiagnosticBag bag)
    {
        if (table.OrderBy is { } order && Resolve(table.Schema, order.Name, order.At, "order_by", bag) is { } c && c.Type != DataType.Date)
            bag.Error(order.At, $"order_by: column '{order.Name}' must be a date, not {c.Type}");
    }

    private static void CheckRule(TableSchema table, DeclaredRule rule, Dictionary<string, DeclaredTable> byName, DiagnosticBag bag)
    {
        var column = rule.Column;
        if (rule.Rule == "references")
        {
            CheckReference(column, rule, byName, bag);
            return;
        }
        var target = Resolve(table, rule.Target, rule.At, $"column '{column.Name}': {rule.Rule}", bag);
        if (target is null) return;
        if (rule.Rule is "not_before" && target.Type != DataType.Date)
            bag.Error(rule.At, $"column '{column.Name}': not_before names '{target.Name}', which is not a date");
        if (rule.Rule is "at_most" && target.Type is not (DataType.Integer or DataType.Money))
            bag.Error(rule.At, $"column '{column.Name}': at_most names '{target.Name}', which is not an int or pence column");
        if (rule.Rule is "min_unless" && target.Type != DataType.Enum)
            bag.Error(rule.At, $"column '{column.Name}': min_unless names '{target.Name}', which is not an enum column");
        else if (rule.Rule is "min_unless")
            foreach (var code in column.Constraints.MinUnless!.Codes.Where(c => !target.Codes.Contains(c)))
                bag.Error(rule.At, $"column '{column.Name}': min_unless: '{code}' is not a code of {target.Name}{DidYouMean.Hint(code, target.Codes)}");
        if (rule.Rule is "required_when" && !column.Nullable)
            bag.Error(rule.At, $"column '{column.Name}': required_when only makes sense on a nullable column");
    }

    private static void CheckReference(ColumnSchema column, DeclaredRule rule, Dictionary<string, DeclaredTable> byName, DiagnosticBag bag)
    {
        if (column.Constraints.References is not { } reference) return;
        if (!byName.TryGetValue(reference.Table, out var target))
        {
            bag.Error(rule.At, $"column '{column.Name}': references unknown table '{reference.Table}'{DidYouMean.Hint(reference.Table, byName.Keys)}");
            return;
        }
        var targetColumn = Resolve(target.Schema, reference.Column, rule.At, $"column '{column.Name}': references", bag);
        if (targetColumn is null) return;
        if (target.Schema.Key.Count != 1 || target.Schema.Key[0] != reference.Column)
            bag.Error(rule.At, $"column '{column.Name}': references {reference.Table}.{reference.Column}, which is not the single-column key of '{reference.Table}'");
        else if (targetColumn.Type != column.Type)
            bag.Error(rule.At, $"column '{column.Name}': its type {column.Type} differs from the referenced key's type {targetColumn.Type}");
    }

    private static ColumnSchema? Resolve(TableSchema table, string name, SourceLocation at, string what, DiagnosticBag bag)
    {
        if (table.FindColumn(name) is { } column) return column;
        bag.Error(at, $"{what}: table '{table.Name}' has no column '{name}'{DidYouMean.Hint(name, table.Columns.Select(c => c.Name))}");
        return null;
    }
}
