using System.Collections.Concurrent;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// The relation and date indexes of one extract, each built on first use; thread-safe, so contexts can share it, and
/// different indexes can be built at the same time.
/// </summary>
public sealed class RelationCache(Extract extract)
{
    private readonly ConcurrentDictionary<(string Child, string ForeignKey), Lazy<RelationIndex>> _built = [];
    private readonly ConcurrentDictionary<(string Child, string ForeignKey, string Date), Lazy<DatedChildren>> _dated = [];
    private readonly OnceEach<(string Table, string Column), DateIndex?> _dateIndexes = new();

    public Extract Extract { get; } = extract;

    public RelationIndex Get(Relation relation) =>
        _built.GetOrAdd((relation.Child.Name, relation.ForeignKey.Name), _ => new Lazy<RelationIndex>(() => Build(relation))).Value;

    /// <summary>The relation's children ordered by <paramref name="date"/> within each parent, built on first use.</summary>
    public DatedChildren GetDated(Relation relation, string date) =>
        _dated.GetOrAdd((relation.Child.Name, relation.ForeignKey.Name, date), _ => new Lazy<DatedChildren>(
            () => DatedChildren.Build(Get(relation), Extract.Find(relation.Child.Name)?[date] as DateColumn))).Value;

    /// <summary>A table's rows by one of its dates, built on first use; null when the (optional) table is absent.</summary>
    public DateIndex? GetDateIndex(string table, string column) =>
        _dateIndexes.GetOrAdd((table, column), key => Extract.Find(key.Table)?[key.Column] is DateColumn date ? new DateIndex(date) : null);

    private RelationIndex Build(Relation relation)
    {
        var child = Extract.Find(relation.Child.Name);
        var parent = Extract.Find(relation.Parent.Name);
        return child is null || parent is null
            ? RelationIndex.Empty(child?.RowCount ?? 0, parent?.RowCount ?? 0) // an optional table is absent
            : RelationIndex.Build(child, child[relation.ForeignKey.Name], parent, parent[relation.ParentKey.Name]);
    }
}
