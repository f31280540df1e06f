using CmsRules.Core.Text;
using CmsRules.Core.Language.Ast;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

// Names: columns, fields, parameters, parent navigation, externals, the period.
public sealed partial class Binder
{
    private BoundExpr BindName(NameExpr n, Scope? scope)
    {
        // A measure id wins over table navigation: `t.x` is the measure t.x even where t is also a table.
        if (_env.Externals.TryGetValue(n.Text, out var external)) return new BoundExternal(external.Type, n.Span, external.Name, external.Slot);
        if (n.Parts.Count == 1) return BindPlainName(n, n.Parts[0], scope);
        if (n.Parts.Count == 2 && _env.Dictionary.Find(n.Parts[0]) is { } table)
            return Navigate(n.Span, table, scope) is { } target
                ? BindMember(n.Span, target.Table, target.Row, n.Parts[1], [], false)
                : new BoundLiteral(ExprType.Error, n.Span, null);
        return Error(n.Span, $"unknown name '{n.Text}': not a table or a measure{SuggestDotted(n.Parts)}");
    }

    /// <summary>A measure id close to the whole name, else the name with its first part replaced by a close table.</summary>
    private string SuggestDotted(IReadOnlyList<string> parts)
    {
        var text = string.Join('.', parts);
        if (DidYouMean.Closest(text, _env.Externals.Keys) is { } measure) return $" (did you mean '{measure}'?)";
        return DidYouMean.Closest(parts[0], _env.Dictionary.Tables.Select(t => t.Name)) is { } table
            ? $" (did you mean '{string.Join('.', parts.Skip(1).Prepend(table))}'?)"
            : "";
    }

    private BoundExpr BindPlainName(NameExpr n, string name, Scope? scope)
    {
        if (name is "period_start" or "period_end") return new BoundPeriod(n.Span, name == "period_end");
        if (scope is not null)
            foreach (var s in scope.Chain())
            {
                if (s.Parameters.TryGetValue(name, out var argument)) return argument;
                if (s.Table.FindColumn(name) is not null || _env.FindField(s.Table.Name, name) is not null)
                    return BindMember(n.Span, s.Table, s.Row, name, [], false);
            }
        if (scope is null && _rowSetTable is { } rows && (rows.FindColumn(name) is not null || _env.FindField(rows.Name, name) is not null))
            return Error(n.Span, $"'{name}' of {rows.Name} is used outside an aggregate; an aggregate expression needs one, e.g. sum({name}) or any({name} > 0)");
        return Error(n.Span, $"unknown name '{name}'{DidYouMean.Hint(name, NamesInView(scope))}");
    }

    private IEnumerable<string> NamesInView(Scope? scope)
    {
        IEnumerable<string> names = ["period_start", "period_end", .. _env.Externals.Keys];
        if (_rowSetTable is not null) names = names.Concat(_rowSetTable.Columns.Select(c => c.Name)).Concat(_env.FieldNamesOf(_rowSetTable.Name));
        if (scope is null) return names;
        foreach (var s in scope.Chain())
            names = names.Concat(s.Parameters.Keys).Concat(s.Table.Columns.Select(c => c.Name)).Concat(_env.FieldNamesOf(s.Table.Name));
        return names;
    }

    /// <summary>A column or field of <paramref name="table"/> read at <paramref name="row"/>.</summary>
    private BoundExpr BindMember(TextSpan span, TableSchema table, RowRef row, string name, IReadOnlyList<BoundExpr> args, bool isCall)
    {
        if (!isCall && table.FindColumn(name) is { } column)
            return new BoundColumn(ExprType.Of(column.Type, column.Codes), span, table, column, row);
        if (_env.FindField(table.Name, name) is { } field) return BindField(span, field, table, row, args);
        var candidates = table.Columns.Select(c => c.Name).Concat(_env.FieldNamesOf(table.Name));
        return Error(span, $"{table.Name} has no {(isCall ? "field" : "column or field")} '{name}'{DidYouMean.Hint(name, candidates)}");
    }

    /// <summary>Binds a field's body in the row of its table, its parameters standing for the caller's bound arguments.</summary>
    private BoundExpr BindField(TextSpan span, FieldDefinition field, TableSchema table, RowRef row, IReadOnlyList<BoundExpr> args)
    {
        if (args.Count != field.Parameters.Count)
            return Error(span, $"field '{field.Name}' takes {Plural(field.Parameters.Count, "argument")} ({string.Join(", ", field.Parameters)}), not {args.Count}");
        if (_fieldStack.Contains(field))
        {
            var cycle = string.Join(" -> ", _fieldStack.SkipWhile(f => f != field).Select(f => f.Name).Append(field.Name));
            return Error(span, $"field '{field.Name}' refers to itself: {cycle}");
        }
        var parameters = new Dictionary<string, BoundExpr>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++) parameters[field.Parameters[i]] = args[i];

        var callerSource = _source;
        _fieldStack.Add(field);
        _source = field.Body.Source;
        var body = Bind(field.Body.Root, new Scope(table, row, null, parameters));
        _source = callerSource;
        _fieldStack.RemoveAt(_fieldStack.Count - 1);
        return body.Type.IsError ? body : new BoundField(body.Type, span, field, body, row, args);
    }

    /// <summary>
    /// The row of <paramref name="target"/> seen from the current scope: a scope of that table, or the parent
    /// row reached through the one column of the innermost scope's table that references it.
    /// </summary>
    private (TableSchema Table, RowRef Row)? Navigate(TextSpan span, TableSchema target, Scope? scope)
    {
        if (scope is null)
        {
            Error(span, $"'{target.Name}.…' needs a current row; here there is none (use it inside an aggregate or a row expression)");
            return null;
        }
        foreach (var s in scope.Chain())
            if (s.Table == target) return (s.Table, s.Row);
        var relation = FindRelation(span, scope.Table, target, $"{scope.Table.Name} has no reference to {target.Name}, so '{target.Name}.…' cannot be reached from it");
        return relation is null ? null : (target, new ParentRow(relation, scope.Row));
    }

    /// <summary>The relation in which <paramref name="child"/> references <paramref name="parent"/>; an error unless exactly one.</summary>
    private Relation? FindRelation(TextSpan span, TableSchema child, TableSchema parent, string noneMessage)
    {
        var keys = child.Columns.Where(c => c.Constraints.References?.Table == parent.Name).ToList();
        if (keys.Count == 0)
        {
            Error(span, noneMessage);
            return null;
        }
        if (keys.Count > 1)
        {
            Error(span, $"{child.Name} references {parent.Name} through several columns ({string.Join(", ", keys.Select(k => k.Name))}); the relation is ambiguous");
            return null;
        }
        var parentKey = parent.FindColumn(keys[0].Constraints.References!.Column);
        if (parentKey is null)
        {
            Error(span, $"{child.Name}.{keys[0].Name} references {parent.Name}.{keys[0].Constraints.References!.Column}, which does not exist");
            return null;
        }
        return new Relation(child, keys[0], parent, parentKey);
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
