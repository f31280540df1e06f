using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

/// <summary>A foreign key: each row of <see cref="Child"/> names at most one row of <see cref="Parent"/> through <see cref="ForeignKey"/>.</summary>
public sealed record Relation(TableSchema Child, ColumnSchema ForeignKey, TableSchema Parent, ColumnSchema ParentKey)
{
    public override string ToString() => $"{Child.Name}.{ForeignKey.Name} -> {Parent.Name}.{ParentKey.Name}";
}

/// <summary>Which row a column is read from.</summary>
public abstract record RowRef;

/// <summary>The row held by a row variable: 0 is the row of a row expression; aggregates number their own.</summary>
public sealed record RowVariable(int Id) : RowRef;

/// <summary>The parent row of <see cref="Child"/> through <see cref="Relation"/> (none when the key matches no row).</summary>
public sealed record ParentRow(Relation Relation, RowRef Child) : RowRef;

/// <summary>The rows an aggregate runs over.</summary>
public abstract record RowSource(TableSchema Table);

/// <summary>The set of rows given to an aggregate expression (a population or one of its categories).</summary>
public sealed record RowSetSource(TableSchema Table) : RowSource(Table);

/// <summary>The child rows (through <see cref="Relation"/>) of the row <see cref="Parent"/>.</summary>
public sealed record ChildRowsSource(Relation Relation, RowRef Parent) : RowSource(Relation.Child);
