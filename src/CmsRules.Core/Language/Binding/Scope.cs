using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

/// <summary>
/// A row in view while binding: plain names resolve to its table's columns and fields, then to the
/// <see cref="Outer"/> scope's. A field body gets a scope of its own with its parameters and no outer scope.
/// </summary>
internal sealed record Scope(TableSchema Table, RowRef Row, Scope? Outer, IReadOnlyDictionary<string, BoundExpr> Parameters)
{
    public static readonly IReadOnlyDictionary<string, BoundExpr> NoParameters = new Dictionary<string, BoundExpr>();

    public IEnumerable<Scope> Chain()
    {
        for (var s = this; s is not null; s = s.Outer) yield return s;
    }
}
