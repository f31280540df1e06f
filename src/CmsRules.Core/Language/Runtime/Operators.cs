using System.Runtime.CompilerServices;
using CmsRules.Core.Diagnostics;

namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// Operators that compiled code calls where System.Linq.Expressions has no lifted form with our semantics. Those called
/// row by row are inlined into it.
/// </summary>
public static class Operators
{
    /// <summary>Exact decimal division; null when either side is null or the divisor is zero.</summary>
    public static decimal? Divide(decimal? a, decimal? b) => a is null || b is null || b.Value == 0m ? null : a.Value / b.Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal? PenceToPounds(long? pence) => pence is null ? null : Pounds(pence.Value);

    /// <summary>
    /// <c>pence / 100m</c>, bit for bit (decimal division leaves no zeros after the point), made without dividing:
    /// decimal division costs several times more, and money is converted on every row that mixes it with decimals.
    /// </summary>
    private static decimal Pounds(long pence) =>
        pence % 100 == 0 ? pence / 100 : pence % 10 == 0 ? WithScale(pence / 10, 1) : WithScale(pence, 2);

    private static decimal WithScale(long value, byte scale)
    {
        var magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value; // long.MinValue too
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, value < 0, scale);
    }

    /// <summary>Moves an enum index to a wider enum type whose codes are in another order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? Remap(int? index, int[] map) => index is null ? null : map[index.Value];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? StringEqual(string? a, string? b) => a is null || b is null ? null : string.Equals(a, b, StringComparison.Ordinal);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? StringCompare(string? a, string? b) => a is null || b is null ? null : string.CompareOrdinal(a, b);

    public static long? Min(long? a, long? b) => a is null || b is null ? null : Math.Min(a.Value, b.Value);
    public static long? Max(long? a, long? b) => a is null || b is null ? null : Math.Max(a.Value, b.Value);
    public static int? Min(int? a, int? b) => a is null || b is null ? null : Math.Min(a.Value, b.Value);
    public static int? Max(int? a, int? b) => a is null || b is null ? null : Math.Max(a.Value, b.Value);
    public static decimal? Min(decimal? a, decimal? b) => a is null || b is null ? null : Math.Min(a.Value, b.Value);
    public static decimal? Max(decimal? a, decimal? b) => a is null || b is null ? null : Math.Max(a.Value, b.Value);
    public static string? Min(string? a, string? b) => a is null || b is null ? null : string.CompareOrdinal(a, b) <= 0 ? a : b;
    public static string? Max(string? a, string? b) => a is null || b is null ? null : string.CompareOrdinal(a, b) >= 0 ? a : b;

    public static EvaluationException SeveralRows(SourceLocation location) =>
        new(location, "'only' found several matching rows where at most one was expected");
}
