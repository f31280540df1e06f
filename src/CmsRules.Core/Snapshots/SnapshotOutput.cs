using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace CmsRules.Core.Snapshots;

/// <summary>Writes a snapshot's values little-endian; arrays go out as their own bytes, with no per-value work.</summary>
internal sealed class SnapshotOutput(Stream stream)
{
    // A span of bytes is indexed by int, so arrays over 2 GiB go out in slices.
    private const int SliceBytes = 1 << 30;

    public long Position => stream.Position;

    public void WriteByte(byte value) => stream.WriteByte(value);

    public void WriteInt32(int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        stream.Write(bytes);
    }

    public void WriteInt64(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        stream.Write(bytes);
    }

    public void WriteString(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteInt32(bytes.Length);
        stream.Write(bytes);
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes) => stream.Write(bytes);

    /// <summary>The array's memory as it is: little-endian on the machines .NET runs on (<see cref="SnapshotFormat.CheckEndianness"/>).</summary>
    public void WriteArray<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        var slice = SliceBytes / Unsafe.SizeOf<T>();
        for (var start = 0; start < values.Length; start += slice)
            stream.Write(MemoryMarshal.AsBytes(values.Slice(start, Math.Min(slice, values.Length - start))));
    }

    /// <summary>Overwrites the 64-bit value written at <paramref name="position"/> (a length known only once what follows is written).</summary>
    public void PatchInt64(long position, long value)
    {
        var end = stream.Position;
        stream.Position = position;
        WriteInt64(value);
        stream.Position = end;
    }
}
