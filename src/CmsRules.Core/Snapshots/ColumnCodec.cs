using System.Text;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Snapshots;

/// <summary>
/// One column's null words and values in the snapshot. Reading checks only what could make the engine index out of
/// range (enum codes, string ids, date day numbers, string offsets), each by one pass over the array.
/// </summary>
internal static class ColumnCodec
{
    public static void Write(SnapshotOutput output, Column column)
    {
        output.WriteByte(column.Nulls is null ? (byte)0 : (byte)1);
        if (column.Nulls is { } nulls) output.WriteArray(nulls.Bits);
        switch (column)
        {
            case Int64Column c: output.WriteArray<long>(c.Values); break;
            case DateColumn c: output.WriteArray<int>(c.Days); break;
            case BoolColumn c: output.WriteArray<bool>(c.Values); break;
            case EnumColumn c: output.WriteArray<byte>(c.Codes); break;
            case StringColumn c: WriteStrings(output, c); break;
            default: throw new NotSupportedException($"a snapshot cannot hold a {column.GetType().Name}");
        }
    }

    public static Column Read(SnapshotInput input, ColumnSchema schema, int rows)
    {
        var nulls = input.ReadByte() switch
        {
            0 => null,
            1 => new NullMask(rows, input.ReadArray<ulong>(NullMask.WordsFor(rows))),
            var flag => throw input.Corrupt($"{flag} is not a null flag of column {schema.Name}"),
        };
        return schema.Type switch
        {
            DataType.Integer or DataType.Money => new Int64Column(schema, input.ReadArray<long>(rows), nulls),
            DataType.Date => new DateColumn(schema, Checked(input, schema, input.ReadArray<int>(rows), DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber), nulls),
            DataType.Bool => new BoolColumn(schema, input.ReadArray<bool>(rows), nulls),
            DataType.Enum => new EnumColumn(schema, CheckedCodes(input, schema, input.ReadArray<byte>(rows)), nulls),
            DataType.String => ReadStrings(input, schema, rows, nulls),
            _ => throw new NotSupportedException($"a column cannot have type {schema.Type}"),
        };
    }

    private static void WriteStrings(SnapshotOutput output, StringColumn column)
    {
        var dictionary = column.Dictionary;
        var offsets = new int[dictionary.Length + 1];
        for (var i = 0; i < dictionary.Length; i++) offsets[i + 1] = checked(offsets[i] + Encoding.UTF8.GetByteCount(dictionary[i]));
        var text = new byte[offsets[^1]];
        for (var i = 0; i < dictionary.Length; i++) Encoding.UTF8.GetBytes(dictionary[i], text.AsSpan(offsets[i]));
        output.WriteInt32(dictionary.Length);
        output.WriteArray<int>(offsets);
        output.WriteArray<byte>(text);
        output.WriteArray<int>(column.Ids);
    }

    private static StringColumn ReadStrings(SnapshotInput input, ColumnSchema schema, int rows, NullMask? nulls)
    {
        var count = input.ReadCount(sizeof(int));
        var offsets = input.ReadArray<int>(count + 1);
        if (offsets[0] != 0) throw input.Corrupt($"the strings of column {schema.Name} do not start at 0");
        var text = input.ReadArray<byte>(offsets[^1]);
        var dictionary = new string[count];
        for (var i = 0; i < count; i++)
        {
            if (offsets[i + 1] < offsets[i] || offsets[i + 1] > text.Length) throw input.Corrupt($"the string offsets of column {schema.Name} are out of order");
            dictionary[i] = Encoding.UTF8.GetString(text, offsets[i], offsets[i + 1] - offsets[i]);
            // The engine relies on the dictionary being sorted, as the loader leaves it.
            if (i > 0 && string.CompareOrdinal(dictionary[i - 1], dictionary[i]) >= 0) throw input.Corrupt($"the strings of column {schema.Name} are out of order");
        }
        // Null rows hold id 0 even in a column with no strings at all.
        var ids = Checked(input, schema, input.ReadArray<int>(rows), 0, Math.Max(count, 1) - 1);
        return new StringColumn(schema, ids, dictionary, nulls);
    }

    private static int[] Checked(SnapshotInput input, ColumnSchema schema, int[] values, int min, int max)
    {
        if (values.Length > 0 && (values.Min() < min || values.Max() > max))
            throw input.Corrupt($"column {schema.Name} holds a value outside {min}..{max}");
        return values;
    }

    private static byte[] CheckedCodes(SnapshotInput input, ColumnSchema schema, byte[] codes)
    {
        if (codes.Length > 0 && codes.Max() >= schema.Codes.Count)
            throw input.Corrupt($"column {schema.Name} holds a code index past its {schema.Codes.Count} codes");
        return codes;
    }
}
