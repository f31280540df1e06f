using CmsRules.Core.Schema;

namespace CmsRules.Core.Snapshots;

/// <summary>
/// The data dictionary an extract was checked against, as one line per table and per column: names, files, keys,
/// types, nullability, enum codes, every row rule and the order of the rows. A snapshot is only read under the same
/// lines, since its values were parsed by those types, checked by those rules and laid out in that order. Descriptions and source positions are left out: editing
/// them changes nothing about the data.
/// </summary>
public static class DictionaryFingerprint
{
    public static IReadOnlyList<string> Describe(DataDictionary dictionary)
    {
        var lines = new List<string>();
        foreach (var table in dictionary.Tables)
        {
            var overlap = table.NoOverlap is { } o ? $", no overlap of {o.From}..{o.To} per {o.Group}" : "";
            var order = table.OrderBy is { } by ? $", in order of {by}" : "";
            lines.Add($"table {table.Name}: file {table.File}, key ({string.Join(", ", table.Key)}){overlap}{order}");
            foreach (var column in table.Columns) lines.Add($"column {table.Name}.{column.Name}: {Column(column)}");
        }
        return lines;
    }

    /// <summary>The first line where a snapshot's dictionary and the current one differ, in words; null when they are the same.</summary>
    public static string? FirstDifference(IReadOnlyList<string> snapshot, IReadOnlyList<string> current)
    {
        for (var i = 0; i < Math.Max(snapshot.Count, current.Count); i++)
        {
            if (i >= snapshot.Count) return $"the definitions have '{current[i]}', the snapshot has nothing there";
            if (i >= current.Count) return $"the snapshot has '{snapshot[i]}', the definitions have nothing there";
            if (snapshot[i] != current[i]) return $"the snapshot has '{snapshot[i]}', the definitions have '{current[i]}'";
        }
        return null;
    }

    private static string Column(ColumnSchema column)
    {
        var parts = new List<string> { TypeName(column.Type) + (column.Type == DataType.Enum ? $" ({string.Join(", ", column.Codes)})" : "") };
        parts.Add(column.Nullable ? "nullable" : "not null");
        var rules = column.Constraints;
        if (rules.References is { } r) parts.Add($"references {r.Table}.{r.Column}");
        if (rules.NotBefore is { } notBefore) parts.Add($"not before {notBefore}");
        if (rules.RequiredWhen is { } requiredWhen) parts.Add($"required when {requiredWhen}");
        if (rules.Min is { } min) parts.Add($"min {min}" + (rules.MinUnless is { } u ? $" unless {u.Column} in ({string.Join(", ", u.Codes)})" : ""));
        if (rules.AtMost is { } atMost) parts.Add($"at most {atMost}");
        if (rules.DayOfMonth is { } day) parts.Add($"{day.ToString().ToLowerInvariant()} day of month");
        return string.Join(", ", parts);
    }

    /// <summary>The type as the YAML writes it.</summary>
    private static string TypeName(DataType type) => type switch
    {
        DataType.Integer => "int",
        DataType.Money => "pence",
        DataType.Date => "date",
        DataType.Bool => "bool",
        DataType.String => "string",
        DataType.Enum => "enum",
        _ => type.ToString(),
    };
}
