using CmsRules.Core.Text;
using CmsRules.Core.Language.Ast;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

// Calls: special forms (if, coalesce, scalar min/max), aggregates, fields with arguments, registered functions.
public sealed partial class Binder
{
    // A property, not a field: it must not depend on the initialisation order of the partial files.
    private static IEnumerable<string> SpecialForms => ["if", "coalesce", "min", "max", .. AggregateNames];

    private BoundExpr BindCall(CallExpr c, Scope? scope)
    {
        if (c.Parts.Count == 1 && IsAggregateCall(c)) return BindAggregateCall(c, scope);
        if (c.From is not null || c.Where is not null)
            return Error(c.Span, $"'from' and 'where' belong to aggregates ({string.Join(", ", AggregateNames)}), not to '{c.Name}'");
        var args = c.Args.Select(a => Bind(a, scope)).ToList();
        if (c.Parts.Count == 2 && _env.Dictionary.Find(c.Parts[0]) is { } table)
            return Navigate(c.Span, table, scope) is { } target
                ? BindMember(c.Span, target.Table, target.Row, c.Parts[1], args, true)
                : new BoundLiteral(ExprType.Error, c.Span, null);
        if (c.Parts.Count != 1) return Error(c.Span, $"unknown function '{c.Name}'{DidYouMean.Hint(c.Name, _env.Dictionary.Tables.Select(t => t.Name))}");
        var name = c.Parts[0];
        switch (name)
        {
            case "if": return BindIf(c, args);
            case "coalesce": return BindCoalesce(c, args);
            case "min" or "max": return BindExtremum(c, args);
        }
        if (scope is not null)
            foreach (var s in scope.Chain())
                if (_env.FindField(s.Table.Name, name) is { } field) return BindField(c.Span, field, s.Table, s.Row, args);
        return BindFunction(c, args, scope);
    }

    private BoundExpr BindIf(CallExpr c, List<BoundExpr> args)
    {
        if (args.Count != 3) return Error(c.Span, $"'if' takes 3 arguments (condition, then, else), not {args.Count}");
        return MakeCase(c.Span, [RequireBool(args[0], "the condition of 'if'")], [args[1], args[2]], "the results of 'if'");
    }

    private BoundExpr BindCoalesce(CallExpr c, List<BoundExpr> args)
    {
        if (args.Count == 0) return Error(c.Span, "'coalesce' takes at least one argument");
        var (type, items) = Unify(args, c.Span, "the arguments of 'coalesce'");
        return type.IsError ? new BoundLiteral(ExprType.Error, c.Span, null) : new BoundCoalesce(type, c.Span, items);
    }

    private BoundExpr BindExtremum(CallExpr c, List<BoundExpr> args)
    {
        var (type, items) = Unify(args, c.Span, $"the arguments of '{c.Name}'");
        if (type.IsError) return new BoundLiteral(ExprType.Error, c.Span, null);
        if (!type.IsNull && !type.IsNumeric && !type.IsKind(DataType.Date) && !type.IsKind(DataType.String))
            return Error(c.Span, $"'{c.Name}' compares numbers, dates or strings, not {type}");
        return new BoundExtremum(type, c.Span, c.Name == "max", items);
    }

    private BoundExpr BindFunction(CallExpr c, List<BoundExpr> args, Scope? scope)
    {
        var overloads = _env.Functions.Overloads(c.Name);
        if (overloads.Count == 0)
        {
            var candidates = _env.Functions.Names.Concat(SpecialForms).Concat(scope?.Chain().SelectMany(s => _env.FieldNamesOf(s.Table.Name)) ?? []);
            return Error(c.Span, $"unknown function '{c.Name}'{DidYouMean.Hint(c.Name, candidates)}");
        }
        if (args.Any(a => a.Type.IsError)) return new BoundLiteral(ExprType.Error, c.Span, null);
        // Exact types first, then with widening (integer to decimal, number literals to money).
        var chosen = overloads.FirstOrDefault(o => Accepts(o, args, exact: true)) ?? overloads.FirstOrDefault(o => Accepts(o, args, exact: false));
        if (chosen is null)
        {
            var found = string.Join(", ", args.Select(a => a.Type.ToString()));
            return Error(c.Span, $"'{c.Name}' cannot take ({found}); it takes {string.Join(" or ", overloads)}");
        }
        // A function of a bare null is null, and its type stays open (abs(null) could be any abs).
        if (args.Any(a => a.Type.IsNull)) return new BoundLiteral(ExprType.Null, c.Span, null);
        var converted = args.Select((a, i) => Convert(a, ExprType.Of(chosen.Parameters[i], []), $"argument {i + 1} of '{c.Name}'")).ToList();
        return new BoundCall(ExprType.Of(chosen.Result, []), c.Span, chosen, converted);
    }

    private static bool Accepts(FunctionSignature overload, List<BoundExpr> args, bool exact)
    {
        if (overload.Parameters.Count != args.Count) return false;
        for (var i = 0; i < args.Count; i++)
        {
            var want = overload.Parameters[i];
            var have = args[i].Type;
            if (have.IsNull || have.IsKind(want)) continue;
            if (exact) return false;
            var widens = want switch
            {
                DataType.Decimal => have.IsKind(DataType.Integer),
                DataType.Money => AsMoneyLiteral(args[i]) is not null,
                _ => false,
            };
            if (!widens) return false;
        }
        return true;
    }
}
