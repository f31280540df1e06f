using CmsRules.Core.Language.Binding;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Language.Runtime;

/// <summary>The relation indexes of one extract, each built on first use; thread-safe, so contexts can share it.</summary>
public sealed class RelationCache(Extract extract)
{
    private readonly Dictionary<(string Child, string ForeignKey), RelationIndex> _built = [];
    private readonly Dictionary<(string Child, string ForeignKey, string Date), DatedChildren> _dated = [];

    public Extract Extract { get; } = extract;

    public RelationIndex Get(Relation relation)
    {
        lock (_built)
        {
            var key = (relation.Child.Name, relation.ForeignKey.Name);
            if (_built.TryGetValue(key, out var index)) return index;
            var child = Extract.Find(relation.Child.Name);
            var parent = Extract.Find(relation.Parent.Name);
            index = child is null || parent is null
                ? RelationIndex.Empty(child?.RowCount ?? 0, parent?.RowCount ?? 0) // an optional table is absent
                : RelationIndex.Build(child, child[relation.ForeignKey.Name], parent, parent[relation.ParentKey.Name]);
            _built[key] = index;
            return index;
        }
    }

    /// <summary>The relation's children ordered by <paramref name="date"/> within each parent, built on first use.</summary>
    public DatedChildren GetDated(Relation relation, string date)
    {
        var index = Get(relation);
        lock (_dated)
        {
            var key = (relation.Child.Name, relation.ForeignKey.Name, date);
            if (_dated.TryGetValue(key, out var dated)) return dated;
            return _dated[key] = DatedChildren.Build(index, Extract.Find(relation.Child.Name)?[date] as DateColumn);
        }
    }
}
