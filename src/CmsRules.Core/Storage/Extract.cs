using CmsRules.Core.Schema;

namespace CmsRules.Core.Storage;

/// <summary>A loaded extract: the dictionary it was checked against and its tables (absent optional files are absent here).</summary>
public sealed class Extract(DataDictionary dictionary, IReadOnlyList<Table> tables)
{
    private readonly Dictionary<string, Table> _byName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public DataDictionary Dictionary { get; } = dictionary;
    public IReadOnlyList<Table> Tables { get; } = tables;

    public Table this[string name] =>
        _byName.TryGetValue(name, out var t) ? t : throw new KeyNotFoundException($"the extract has no table {name}");

    public Table? Find(string name) => _byName.GetValueOrDefault(name);
}
