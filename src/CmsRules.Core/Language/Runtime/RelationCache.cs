using CmsRules.Core.Language.Binding;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Language.Runtime;

/// <summary>The relation indexes of one extract, each built on first use; thread-safe, so contexts can share it.</summary>
public sealed class RelationCache(Extract extract)
{
    private readonly Dictionary<(string Child, string ForeignKey), RelationIndex> _built = [];

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
}
