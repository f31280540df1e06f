using System.Text;

namespace CmsRules.Tests.SampleData;

/// <summary>A minimal RFC 4180 reader for checking generated files: header plus rows of fields, empty field = null.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string[] header, List<string?[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
    }

    public string[] Header { get; }
    public List<string?[]> Rows { get; }

    public int Column(string name) => _columns.TryGetValue(name, out var i) ? i : throw new KeyNotFoundException($"no column {name}");

    public IEnumerable<string?> Values(string column)
    {
        var i = Column(column);
        return Rows.Select(r => r[i]);
    }

    public string? Get(string?[] row, string column) => row[Column(column)];

    public long Long(string?[] row, string column) => long.Parse(row[Column(column)]!, System.Globalization.CultureInfo.InvariantCulture);

    public DateOnly Date(string?[] row, string column) => DateOnly.ParseExact(row[Column(column)]!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public DateOnly? NullableDate(string?[] row, string column) => row[Column(column)] is null ? null : Date(row, column);

    public static CsvTable Read(string path)
    {
        var records = Parse(File.ReadAllText(path, Encoding.UTF8));
        var header = records[0].Select(h => h ?? "").ToArray();
        foreach (var (record, index) in records.Select((r, i) => (r, i)))
            record.Length.ShouldBe(header.Length, $"{Path.GetFileName(path)} record {index + 1} has {record.Length} fields");
        return new CsvTable(header, records.Skip(1).ToList());
    }

    private static List<string?[]> Parse(string text)
    {
        var records = new List<string?[]>();
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\n':
                    EndField();
                    records.Add(fields.ToArray());
                    fields.Clear();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (fields.Count > 0 || field.Length > 0) throw new InvalidDataException("the file does not end with a line break");
        return records;

        void EndField()
        {
            fields.Add(field.Length == 0 ? null : field.ToString());
            field.Clear();
        }
    }
}
