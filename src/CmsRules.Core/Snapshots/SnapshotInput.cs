using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace CmsRules.Core.Snapshots;

/// <summary>
/// Reads what <see cref="SnapshotOutput"/> wrote. Every length is checked against the bytes left before anything is
/// allocated, so a truncated or corrupt file gives a <see cref="SnapshotException"/>, never a crash or a huge allocation.
/// </summary>
internal sealed class SnapshotInput(Stream stream, string path, long end)
{
    private const int SliceBytes = 1 << 30;

    public SnapshotInput(Stream stream, string path) : this(stream, path, stream.Length) { }

    public string Path { get; } = path;
    public long Position => stream.Position;

    /// <summary>The bytes left before the end of the part being read (the file, or one table).</summary>
    public long Remaining => end - stream.Position;

    /// <summary>Moves past <paramref name="bytes"/> bytes (a table read by another reader).</summary>
    public void Skip(long bytes)
    {
        if (bytes < 0 || bytes > Remaining) throw Corrupt($"a part of {bytes} bytes does not fit the file");
        stream.Seek(bytes, SeekOrigin.Current);
    }

    public SnapshotException Corrupt(string problem) => new(Path, $"{problem} at byte {stream.Position}: the snapshot is truncated or damaged, import it again");

    public byte ReadByte()
    {
        Span<byte> bytes = stackalloc byte[1];
        Fill(bytes);
        return bytes[0];
    }

    public int ReadInt32()
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        Fill(bytes);
        return BinaryPrimitives.ReadInt32LittleEndian(bytes);
    }

    public long ReadInt64()
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        Fill(bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }

    /// <summary>A count of items of at least <paramref name="minBytesEach"/> bytes each, checked against what is left of the file.</summary>
    public int ReadCount(int minBytesEach)
    {
        var count = ReadInt32();
        if (count < 0 || (long)count * minBytesEach > Remaining) throw Corrupt($"a count of {count} does not fit the file");
        return count;
    }

    public string ReadString()
    {
        var length = ReadCount(1);
        var bytes = new byte[length];
        Fill(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    public void ReadBytes(Span<byte> bytes) => Fill(bytes);

    /// <summary>An array of <paramref name="length"/> values read straight into its memory (not zeroed first: every byte is overwritten).</summary>
    public T[] ReadArray<T>(int length) where T : unmanaged
    {
        if (length < 0 || (long)length * Unsafe.SizeOf<T>() > Remaining) throw Corrupt($"an array of {length} values does not fit the file");
        var values = GC.AllocateUninitializedArray<T>(length);
        var slice = SliceBytes / Unsafe.SizeOf<T>();
        for (var start = 0; start < length; start += slice)
            Fill(MemoryMarshal.AsBytes(values.AsSpan(start, Math.Min(slice, length - start))));
        return values;
    }

    private void Fill(Span<byte> bytes)
    {
        try
        {
            stream.ReadExactly(bytes);
        }
        catch (EndOfStreamException)
        {
            throw new SnapshotException(Path, $"ends early at byte {stream.Length}: the snapshot is truncated, import it again");
        }
    }
}
