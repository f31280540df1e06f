namespace CmsRules.Core.Schema;

/// <summary>Every table the engine knows: the core tables from measures/ plus those that plugins declare.</summary>
public sealed class DataDictionary(IReadOnlyList<TableSchema> tables)
{
    private readonly Dictionary<string, TableSchema> _byName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public IReadOnlyList<TableSchema> Tables { get; } = tables;

    public TableSchema? Find(string name) => _byName.GetValueOrDefault(name);
}
