using CmsRules.Core.Diagnostics;

namespace CmsRules.Core.Schema;

/// <summary>A foreign key: this column's value must be a key value of <see cref="Table"/>.<see cref="Column"/>.</summary>
public sealed record ColumnReference(string Table, string Column);

public enum DayOfMonth { First, Last }

/// <summary>`min_unless: { column: txn_type, codes: [Adjustment] }`: the min rule does not apply where that enum column holds one of the codes.</summary>
public sealed record MinException(string Column, IReadOnlyList<string> Codes);

/// <summary>Row rules on one column, each optional. Declared in the data dictionary YAML beside the column.</summary>
public sealed record ColumnConstraints
{
    public static readonly ColumnConstraints None = new();

    /// <summary>The value must exist as the key of another table (e.g. case_group_id in case_groups).</summary>
    public ColumnReference? References { get; init; }

    /// <summary>A date that may not be earlier than the named date column of the same row (valid_to after valid_from).</summary>
    public string? NotBefore { get; init; }

    /// <summary>This nullable column must have a value whenever the named column has one (closure_reason when closed_date).</summary>
    public string? RequiredWhen { get; init; }

    /// <summary>The smallest allowed value of an int or pence column (1 for "more than 0", 0 for "not negative").</summary>
    public long? Min { get; init; }

    /// <summary>Rows whose enum column holds one of these codes are exempt from <see cref="Min"/> (an Adjustment may be negative).</summary>
    public MinException? MinUnless { get; init; }

    /// <summary>The value may not exceed the named column of the same row (answered at most offered).</summary>
    public string? AtMost { get; init; }

    /// <summary>A date column that must be the first or the last day of its month.</summary>
    public DayOfMonth? DayOfMonth { get; init; }
}

/// <summary>A declared column. <see cref="Codes"/> lists an enum's codes in declaration order (empty otherwise).</summary>
public sealed record ColumnSchema(
    string Name,
    DataType Type,
    bool Nullable,
    IReadOnlyList<string> Codes,
    ColumnConstraints Constraints,
    SourceLocation Location,
    string Description = "");
