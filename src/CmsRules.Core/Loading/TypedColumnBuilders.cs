using CmsRules.Core.Schema;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Loading;

internal sealed class Int64ColumnBuilder(ColumnSchema schema) : ColumnBuilder(schema)
{
    private long[] _values = new long[1024];

    public override string Expected => Schema.Type == DataType.Money ? "a whole number of pence" : "a whole number";

    public override bool TryAppend(int row, ReadOnlySpan<char> text)
    {
        Grow(ref _values, row);
        return FieldParser.TryParseInt64(text, out _values[row]);
    }

    public override void EnsureCapacity(int rows) => Grow(ref _values, rows - 1);
    public override Column Build(int rowCount) => new Int64Column(Schema, Trim(_values, rowCount), BuildNulls(rowCount));
}

internal sealed class DateColumnBuilder(ColumnSchema schema) : ColumnBuilder(schema)
{
    private int[] _days = new int[1024];

    public override string Expected => "a date (YYYY-MM-DD)";

    public override bool TryAppend(int row, ReadOnlySpan<char> text)
    {
        Grow(ref _days, row);
        return FieldParser.TryParseDate(text, out _days[row]);
    }

    public override void EnsureCapacity(int rows) => Grow(ref _days, rows - 1);
    public override Column Build(int rowCount) => new DateColumn(Schema, Trim(_days, rowCount), BuildNulls(rowCount));
}

internal sealed class BoolColumnBuilder(ColumnSchema schema) : ColumnBuilder(schema)
{
    private bool[] _values = new bool[1024];

    public override string Expected => "true or false";

    public override bool TryAppend(int row, ReadOnlySpan<char> text)
    {
        Grow(ref _values, row);
        return FieldParser.TryParseBool(text, out _values[row]);
    }

    public override void EnsureCapacity(int rows) => Grow(ref _values, rows - 1);
    public override Column Build(int rowCount) => new BoolColumn(Schema, Trim(_values, rowCount), BuildNulls(rowCount));
}

/// <summary>Stores the index of the code in the declared list; codes are matched exactly (case sensitive).</summary>
internal sealed class EnumColumnBuilder(ColumnSchema schema) : ColumnBuilder(schema)
{
    private readonly string[] _codes = [.. schema.Codes];
    private byte[] _values = new byte[1024];

    public override string Expected => $"a code of {Schema.Name} ({string.Join(", ", _codes)})";

    public override bool TryAppend(int row, ReadOnlySpan<char> text)
    {
        Grow(ref _values, row);
        for (var i = 0; i < _codes.Length; i++)
        {
            if (!text.SequenceEqual(_codes[i])) continue;
            _values[row] = (byte)i;
            return true;
        }
        return false;
    }

    public override void EnsureCapacity(int rows) => Grow(ref _values, rows - 1);
    public override Column Build(int rowCount) => new EnumColumn(Schema, Trim(_values, rowCount), BuildNulls(rowCount));
}

/// <summary>
/// Interns strings as they arrive (a span lookup, so a repeated value allocates nothing), then renumbers
/// the ids so the dictionary is sorted ordinally and the result does not depend on row order.
/// </summary>
internal sealed class StringColumnBuilder : ColumnBuilder
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int[] _values = new int[1024];

    public StringColumnBuilder(ColumnSchema schema) : base(schema) => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public override string Expected => "text";

    public override bool TryAppend(int row, ReadOnlySpan<char> text)
    {
        Grow(ref _values, row);
        if (!_lookup.TryGetValue(text, out var id))
        {
            id = _ids.Count;
            _lookup[text] = id;
        }
        _values[row] = id;
        return true;
    }

    public override void EnsureCapacity(int rows) => Grow(ref _values, rows - 1);

    public override Column Build(int rowCount)
    {
        var dictionary = new string[_ids.Count];
        var firstSeenIds = new int[_ids.Count];
        var i = 0;
        foreach (var (text, id) in _ids)
        {
            dictionary[i] = text;
            firstSeenIds[i++] = id;
        }
        Array.Sort(dictionary, firstSeenIds, StringComparer.Ordinal);
        var remap = new int[dictionary.Length];
        for (var sorted = 0; sorted < firstSeenIds.Length; sorted++) remap[firstSeenIds[sorted]] = sorted;
        var values = Trim(_values, rowCount);
        // Null rows hold 0, which is a valid id whenever the column has any value at all.
        if (remap.Length > 0)
            for (var row = 0; row < values.Length; row++) values[row] = remap[values[row]];
        return new StringColumn(Schema, values, dictionary, BuildNulls(rowCount));
    }
}
