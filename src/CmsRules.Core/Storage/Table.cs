using CmsRules.Core.Schema;

namespace CmsRules.Core.Storage;

/// <summary>A loaded table: its schema and one column per declared column, in declaration order.</summary>
public sealed class Table
{
    public Table(TableSchema schema, int rowCount, IReadOnlyList<Column> columns)
    {
        if (columns.Count != schema.Columns.Count) throw new ArgumentException("one column per declared column", nameof(columns));
        Schema = schema;
        RowCount = rowCount;
        Columns = columns;
    }

    public TableSchema Schema { get; }
    public int RowCount { get; }
    public IReadOnlyList<Column> Columns { get; }
    public string Name => Schema.Name;

    public Column this[string name] =>
        Schema.IndexOf(name) is var i and >= 0 ? Columns[i] : throw new KeyNotFoundException($"{Name} has no column {name}");
}
