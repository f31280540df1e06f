using System.Globalization;

namespace CmsRules.SampleData.Output;

/// <summary>
/// Writes one CSV file as UTF-8 bytes through its own buffer: fields are formatted straight into the
/// buffer (no strings per field), so a row costs no allocation. Follows the extract contract: ISO dates,
/// integers, <c>true</c>/<c>false</c>, empty field for null, RFC 4180 quoting for text that needs it,
/// rows ended by <c>\n</c>.
/// </summary>
internal sealed class CsvFileWriter : IDisposable
{
    private const int BufferSize = 1 << 16;
    /// <summary>Room every scalar field needs: a separator and the longest int64 or date.</summary>
    private const int ScalarRoom = 32;

    private readonly FileStream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _used;
    private bool _rowStarted;

    public CsvFileWriter(string path, IReadOnlyList<string> header)
    {
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        foreach (var name in header) Text(name);
        EndRow();
    }

    /// <summary>Data rows written so far (the header is not counted).</summary>
    public long Rows { get; private set; } = -1;

    /// <summary>Bytes in the file once <see cref="Complete"/> has run.</summary>
    public long Bytes => _stream.Length;

    public void Int(long value)
    {
        var span = Begin(ScalarRoom);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>A date given as a <see cref="DateOnly.DayNumber"/>, written YYYY-MM-DD.</summary>
    public void Date(int dayNumber)
    {
        var span = Begin(ScalarRoom);
        var (year, month, day) = DateOnly.FromDayNumber(dayNumber);
        span[0] = (byte)('0' + year / 1000);
        span[1] = (byte)('0' + year / 100 % 10);
        span[2] = (byte)('0' + year / 10 % 10);
        span[3] = (byte)('0' + year % 10);
        span[4] = (byte)'-';
        span[5] = (byte)('0' + month / 10);
        span[6] = (byte)('0' + month % 10);
        span[7] = (byte)'-';
        span[8] = (byte)('0' + day / 10);
        span[9] = (byte)('0' + day % 10);
        _used += 10;
    }

    public void NullableDate(int? dayNumber)
    {
        if (dayNumber is { } d) Date(d);
        else Null();
    }

    public void Bool(bool value) => Code(value ? "true"u8 : "false"u8);

    /// <summary>An enum code or other text known to need no quoting.</summary>
    public void Code(ReadOnlySpan<byte> utf8)
    {
        var span = Begin(utf8.Length);
        utf8.CopyTo(span);
        _used += utf8.Length;
    }

    public void Null() => Begin(0);

    /// <summary>Free text, quoted when it holds a comma, quote or line break (quotes doubled).</summary>
    public void Text(string value)
    {
        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        var span = Begin(value.Length * 6 + 2);
        var at = 0;
        if (needsQuotes) span[at++] = (byte)'"';
        foreach (var rune in value.EnumerateRunes())
        {
            if (needsQuotes && rune.Value == '"') span[at++] = (byte)'"';
            at += rune.EncodeToUtf8(span[at..]);
        }
        if (needsQuotes) span[at++] = (byte)'"';
        _used += at;
    }

    public void EndRow()
    {
        Ensure(1);
        _buffer[_used++] = (byte)'\n';
        _rowStarted = false;
        Rows++;
    }

    /// <summary>Writes the separator when needed and returns room for a field of up to <paramref name="room"/> bytes.</summary>
    private Span<byte> Begin(int room)
    {
        Ensure(room + 1);
        if (_rowStarted) _buffer[_used++] = (byte)',';
        _rowStarted = true;
        return _buffer.AsSpan(_used);
    }

    private void Ensure(int room)
    {
        if (BufferSize - _used >= room) return;
        Flush();
        if (room > BufferSize) throw new InvalidOperationException($"A field of {room} bytes does not fit the CSV buffer.");
    }

    private void Flush()
    {
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    /// <summary>Writes what is buffered and forces it to disk, so a completed extract survives a crash.</summary>
    public void Complete()
    {
        Flush();
        _stream.Flush(flushToDisk: true);
    }

    public void Dispose() => _stream.Dispose();
}
