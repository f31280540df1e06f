using CmsRules.Core.Text;
using CmsRules.Core.Language.Ast;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

// Aggregates: over the expression's row set, or with `from` over the current row's child rows.
public sealed partial class Binder
{
    private static readonly string[] AggregateNames = ["count", "count_distinct", "sum", "min", "max", "mean", "median", "any", "all", "only"];

    /// <summary><c>min</c>/<c>max</c> with two or more arguments and no from/where are the scalar functions.</summary>
    private static bool IsAggregateCall(CallExpr c) =>
        AggregateNames.Contains(c.Parts[0]) && !(c.Parts[0] is "min" or "max" && c.Args.Count >= 2 && c.From is null && c.Where is null);

    private BoundExpr BindAggregateCall(CallExpr c, Scope? scope)
    {
        var name = c.Parts[0];
        RowSource source;
        TableSchema table;
        var variable = NewRowVariable();
        if (c.From is { } from)
        {
            if (scope is null)
                return Error(from.Span, $"'from {from.Name}' needs a current row to take the related rows of; use it in a row expression or a field");
            var child = _env.Dictionary.Find(from.Name);
            if (child is null)
                return Error(from.Span, $"unknown table '{from.Name}'{DidYouMean.Hint(from.Name, _env.Dictionary.Tables.Select(t => t.Name))}");
            // The rows belong to the innermost row in view that the table references (usually the current one).
            var owner = scope.Chain().FirstOrDefault(s => child.Columns.Any(col => col.Constraints.References?.Table == s.Table.Name)) ?? scope;
            var relation = FindRelation(from.Span, child, owner.Table, $"{child.Name} has no column referencing {scope.Table.Name}, so its rows do not belong to a {scope.Table.Name} row");
            if (relation is null) return new BoundLiteral(ExprType.Error, c.Span, null);
            source = new ChildRowsSource(relation, owner.Row);
            table = child;
        }
        else if (scope is null && _rowSetTable is not null)
        {
            source = new RowSetSource(_rowSetTable);
            table = _rowSetTable;
        }
        else
        {
            var hint = scope is null ? "there are no rows here" : $"add 'from <table>' to aggregate rows related to {scope.Table.Name}";
            return Error(c.Span, $"aggregate '{name}' in a row-level expression: {hint}");
        }

        var inner = new Scope(table, new RowVariable(variable), scope, Scope.NoParameters);
        var filter = c.Where is null ? null : RequireBool(Bind(c.Where, inner), "a 'where' condition");
        var args = c.Args.Select(a => Bind(a, inner)).ToList();
        if (args.Any(a => a.Type.IsError) || filter?.Type.IsError == true) return new BoundLiteral(ExprType.Error, c.Span, null);
        var (kind, type) = Classify(c, name, args);
        if (type.IsError) return new BoundLiteral(ExprType.Error, c.Span, null);
        var location = _source.Locate(c.Span.Start);
        return new BoundAggregate(type, c.Span, kind, source, variable, args, filter, location);
    }

    private (AggregateKind, ExprType) Classify(CallExpr c, string name, List<BoundExpr> args)
    {
        var fail = (AggregateKind.Count, ExprType.Error);
        switch (name)
        {
            case "count" when args.Count == 0: return (AggregateKind.Count, ExprType.Integer);
            case "count" when args.Count == 1: return (AggregateKind.CountValues, ExprType.Integer);
            case "count": Error(c.Span, "'count' takes at most one value; for distinct combinations use count_distinct(a, b, ...)"); return fail;
            case "count_distinct" when args.Count > 0: return (AggregateKind.CountDistinct, ExprType.Integer);
            // any(from t where c): whether some related row meets the condition.
            case "any" when args.Count == 0 && (c.From is not null || c.Where is not null): return (AggregateKind.Any, ExprType.Bool);
        }
        if (args.Count != 1)
        {
            Error(c.Span, $"'{name}' takes one value, not {args.Count}");
            return fail;
        }
        // A bare null is a value of whatever type the aggregate takes (sum(null) is 0, any(null) is false).
        if (args[0].Type.IsNull) args[0] = new BoundLiteral(name is "any" or "all" ? ExprType.Bool : ExprType.Integer, args[0].Span, null);
        var t = args[0].Type;
        switch (name)
        {
            case "sum" when t.IsNumeric: return (AggregateKind.Sum, t);
            case "min" or "max" when t.IsNumeric || t.IsKind(DataType.Date): return (name == "min" ? AggregateKind.Min : AggregateKind.Max, t);
            case "mean" or "median" when t.IsKind(DataType.Integer) || t.IsKind(DataType.Decimal):
                return (name == "mean" ? AggregateKind.Mean : AggregateKind.Median, ExprType.Decimal);
            case "any" or "all" when t.IsKind(DataType.Bool): return (name == "any" ? AggregateKind.Any : AggregateKind.All, ExprType.Bool);
            case "only" when !t.IsNull: return (AggregateKind.Only, t);
        }
        var wanted = name switch
        {
            "sum" => "a number or money",
            "min" or "max" => "a number, money or a date",
            "mean" or "median" => "an integer or decimal number",
            "any" or "all" => "a condition (bool)",
            _ => "a value",
        };
        Error(c.Args[0].Span, $"'{name}' takes {wanted}, not {t}");
        return fail;
    }
}
