namespace CmsRules.Core.Loading;

/// <summary>
/// The 1-based physical line on which each data row starts (the header is line 1). While every row is one
/// line, line = row + 2 and nothing is stored; the array appears only once a quoted field spans lines.
/// </summary>
internal sealed class RowLines
{
    private int[]? _lines;

    public int this[int row] => _lines is null ? row + 2 : _lines[row];

    public void Record(int row, int line)
    {
        if (_lines is null)
        {
            if (line == row + 2) return;
            _lines = new int[Math.Max(1024, row * 2)];
            for (var r = 0; r < row; r++) _lines[r] = r + 2;
        }
        else if (row >= _lines.Length) Array.Resize(ref _lines, _lines.Length * 2);
        _lines[row] = line;
    }

    public void Trim(int rowCount)
    {
        if (_lines is not null && _lines.Length != rowCount) Array.Resize(ref _lines, rowCount);
    }
}
