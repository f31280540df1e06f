using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Engine;

/// <summary>A breakdown's categories for one extract, and how a row's (or group's) value finds its category.</summary>
internal sealed class ResolvedCategories
{
    private readonly int[]? _positionOfCode;
    private readonly Dictionary<string, int>? _positionOfName;
    private readonly int _nullPosition;

    private ResolvedCategories(IReadOnlyList<string> names, int[]? positionOfCode, Dictionary<string, int>? positionOfName, int nullPosition)
    {
        Names = names;
        _positionOfCode = positionOfCode;
        _positionOfName = positionOfName;
        _nullPosition = nullPosition;
    }

    public IReadOnlyList<string> Names { get; }

    public static ResolvedCategories OfCodes(CodeCategories codes) => new(codes.Categories, codes.PositionOfCode, null, -1);

    /// <param name="nullCategory">the category of a null value (must be among the names), or null to leave nulls out</param>
    public static ResolvedCategories OfNames(IReadOnlyList<string> names, string? nullCategory)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++) positions[names[i]] = i;
        return new(names, null, positions, nullCategory is null ? -1 : positions[nullCategory]);
    }

    /// <summary>The category position of each row of <paramref name="rows"/> (-1: in no category), in order, in the first <c>rows.Count</c> places.</summary>
    public int[] RowPositions(CompiledRowExpression by, EvalContext context, RowSet rows)
    {
        if (_positionOfCode is { } map) return Positions(by.Categories(context, rows), rows.Count, map);
        // A category per distinct string of the column, then an array lookup per row.
        if (by.StringColumn is { } read && context.Extract.Find(read.Table)?[read.Column] is StringColumn column)
            return Positions(read.Ids(context, rows), rows.Count, Array.ConvertAll(column.Dictionary, Find));
        // Other texts mostly come from a column's table of distinct values, the same string objects row after row:
        // telling them apart by reference is quicker than hashing their characters. Texts made afresh are not kept.
        var text = by.Text;
        var known = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        var mostKnown = 4 * Names.Count + 64;
        var positions = context.Arrays.Rent(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (text(context, rows.Rows[i]) is not { } name) positions[i] = _nullPosition;
            else if (known.TryGetValue(name, out var position)) positions[i] = position;
            else
            {
                positions[i] = Find(name);
                if (known.Count < mostKnown) known[name] = positions[i];
            }
        }
        return positions;
    }

    /// <summary>The category position of each group of rows (-1: in no category).</summary>
    public Func<RowSet, int> GroupPosition(CompiledAggregateExpression by, EvalContext context)
    {
        if (_positionOfCode is { } map)
        {
            var code = by.Category;
            return rows => code(context, rows) is var c and >= 0 ? map[c] : -1;
        }
        throw new InvalidOperationException("a group's category is an enum code");
    }

    /// <summary>Each row's category from its code or id (-1: null), overwriting the codes.</summary>
    private int[] Positions(int[] codes, int count, int[] positionOf)
    {
        for (var i = 0; i < count; i++) codes[i] = codes[i] >= 0 ? positionOf[codes[i]] : _nullPosition;
        return codes;
    }

    private int Find(string? name) =>
        name is null ? _nullPosition : _positionOfName!.TryGetValue(name, out var position) ? position : -1;
}
