using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

/// <summary>
/// The static type of an expression. Enums are structural: the type is its list of codes, and a value is the
/// index of its code. <see cref="IsNull"/> marks a bare <c>null</c> whose type is still open; <see cref="IsError"/>
/// marks a sub-expression that already failed to bind (so one mistake gives one error, not a cascade).
/// </summary>
public sealed class ExprType : IEquatable<ExprType>
{
    private ExprType(DataType kind, IReadOnlyList<string> codes, bool isNull = false, bool isError = false)
    {
        Kind = kind;
        Codes = codes;
        IsNull = isNull;
        IsError = isError;
    }

    public DataType Kind { get; }
    public IReadOnlyList<string> Codes { get; }
    public bool IsNull { get; }
    public bool IsError { get; }

    public static readonly ExprType Integer = new(DataType.Integer, []);
    public static readonly ExprType Decimal = new(DataType.Decimal, []);
    public static readonly ExprType Money = new(DataType.Money, []);
    public static readonly ExprType Date = new(DataType.Date, []);
    public static readonly ExprType Bool = new(DataType.Bool, []);
    public static readonly ExprType String = new(DataType.String, []);
    public static readonly ExprType Null = new(DataType.Bool, [], isNull: true);
    public static readonly ExprType Error = new(DataType.Bool, [], isError: true);

    public static ExprType Enum(IReadOnlyList<string> codes) => new(DataType.Enum, codes.ToArray());

    public static ExprType Of(DataType kind, IReadOnlyList<string> codes) => kind switch
    {
        DataType.Integer => Integer,
        DataType.Decimal => Decimal,
        DataType.Money => Money,
        DataType.Date => Date,
        DataType.Bool => Bool,
        DataType.String => String,
        _ => Enum(codes),
    };

    public bool IsNumeric => !IsNull && !IsError && Kind is DataType.Integer or DataType.Decimal or DataType.Money;

    public bool IsKind(DataType kind) => !IsNull && !IsError && Kind == kind;

    public int CodeIndex(string code)
    {
        for (var i = 0; i < Codes.Count; i++)
            if (Codes[i] == code) return i;
        return -1;
    }

    public bool Equals(ExprType? other) =>
        other is not null && Kind == other.Kind && IsNull == other.IsNull && IsError == other.IsError && Codes.SequenceEqual(other.Codes);

    public override bool Equals(object? obj) => Equals(obj as ExprType);

    public override int GetHashCode() => HashCode.Combine(Kind, IsNull, IsError, Codes.Count);

    public override string ToString() =>
        IsError ? "error" : IsNull ? "null" : Kind switch
        {
            DataType.Enum => $"enum({string.Join(", ", Codes)})",
            _ => Kind.ToString().ToLowerInvariant(),
        };
}
