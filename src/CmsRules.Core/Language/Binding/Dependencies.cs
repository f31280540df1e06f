using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

/// <summary>
/// What a bound expression reads: assumptions, externals (other measures), tables and columns, relations and
/// fields. The engine uses it for dependency order and to tell which measures an assumption can change.
/// </summary>
public sealed record Dependencies(
    IReadOnlySet<string> Assumptions,
    IReadOnlySet<string> Externals,
    IReadOnlySet<string> Tables,
    IReadOnlySet<(string Table, string Column)> Columns,
    IReadOnlySet<(string Table, string Field)> Fields,
    bool UsesPeriod)
{
    public static Dependencies Of(BoundExpr root)
    {
        var assumptions = new SortedSet<string>(StringComparer.Ordinal);
        var externals = new SortedSet<string>(StringComparer.Ordinal);
        var tables = new SortedSet<string>(StringComparer.Ordinal);
        var columns = new HashSet<(string, string)>();
        var fields = new HashSet<(string, string)>();
        var usesPeriod = false;

        void AddRow(RowRef row)
        {
            if (row is not ParentRow p) return;
            AddRelation(p.Relation);
            AddRow(p.Child);
        }

        void AddRelation(Relation r)
        {
            tables.Add(r.Child.Name);
            tables.Add(r.Parent.Name);
            columns.Add((r.Child.Name, r.ForeignKey.Name));
            columns.Add((r.Parent.Name, r.ParentKey.Name));
        }

        void Visit(BoundExpr e)
        {
            switch (e)
            {
                case BoundAssumption a: assumptions.Add(a.Name); break;
                case BoundExternal x: externals.Add(x.Name); break;
                case BoundPeriod: usesPeriod = true; break;
                case BoundColumn c:
                    tables.Add(c.Table.Name);
                    columns.Add((c.Table.Name, c.Column.Name));
                    AddRow(c.Row);
                    break;
                case BoundField f: fields.Add((f.Field.Table, f.Field.Name)); break;
                case BoundAggregate { Source: ChildRowsSource s }:
                    AddRelation(s.Relation);
                    AddRow(s.Parent);
                    break;
                case BoundAggregate a: tables.Add(a.Source.Table.Name); break;
            }
            foreach (var child in BoundTree.Children(e)) Visit(child);
        }

        Visit(root);
        return new Dependencies(assumptions, externals, tables, columns, fields, usesPeriod);
    }
}
