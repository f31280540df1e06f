using CmsRules.Core.Text;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Ast;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

/// <summary>
/// Type-checks a parsed expression against a <see cref="BindingEnvironment"/> and produces a bound tree.
/// Every error of the expression (and of the fields it uses) is collected; none stops the binding.
/// </summary>
public sealed partial class Binder
{
    private readonly BindingEnvironment _env;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<(SourceLocation, string)> _reported = [];
    private readonly List<FieldDefinition> _fieldStack = [];
    private ExpressionSource _source = null!;
    private ExpressionContext _context;
    private TableSchema? _rowSetTable;
    private int _nextRowVariable;

    private Binder(BindingEnvironment env) => _env = env;

    /// <summary>An expression on one row of <paramref name="table"/> (a filter, a category, a field).</summary>
    public static BindResult BindRow(BindingEnvironment env, ParsedExpression expression, string table) =>
        new Binder(env).Run(expression, ExpressionContext.Row, table);

    /// <summary>An expression over a set of rows of <paramref name="table"/>: columns only inside aggregates.</summary>
    public static BindResult BindAggregate(BindingEnvironment env, ParsedExpression expression, string table) =>
        new Binder(env).Run(expression, ExpressionContext.Aggregate, table);

    /// <summary>An expression without rows: literals, assumptions, externals, the period, functions.</summary>
    public static BindResult BindScalar(BindingEnvironment env, ParsedExpression expression) =>
        new Binder(env).Run(expression, ExpressionContext.Scalar, null);

    private BindResult Run(ParsedExpression expression, ExpressionContext context, string? tableName)
    {
        _source = expression.Source;
        _context = context;
        TableSchema? table = null;
        if (tableName is not null)
        {
            table = _env.Dictionary.Find(tableName);
            if (table is null)
            {
                Error(expression.Root.Span, $"unknown table '{tableName}'{DidYouMean.Hint(tableName, _env.Dictionary.Tables.Select(t => t.Name))}");
                return new BindResult(null, _diagnostics);
            }
        }
        Scope? scope = null;
        if (context == ExpressionContext.Row) scope = new Scope(table!, new RowVariable(NewRowVariable()), null, Scope.NoParameters);
        else _rowSetTable = table;

        var root = Bind(expression.Root, scope);
        if (root.Type.IsNull) root = new BoundLiteral(ExprType.Bool, root.Span, null);
        return _diagnostics.Count > 0
            ? new BindResult(null, _diagnostics)
            : new BindResult(new BoundExpression(root, context, table, expression), []);
    }

    private int NewRowVariable() => _nextRowVariable++;

    private BoundExpr Bind(Expr expr, Scope? scope) => expr switch
    {
        LiteralExpr l => BindLiteral(l),
        NameExpr n => BindName(n, scope),
        AssumptionExpr a => BindAssumption(a),
        CallExpr c => BindCall(c, scope),
        UnaryExpr u => BindUnary(u, scope),
        BinaryExpr b => BindBinary(b, scope),
        InExpr i => BindIn(i, scope),
        BetweenExpr b => BindBetween(b, scope),
        IsNullExpr n => new BoundIsNull(n.Span, Bind(n.Value, scope), n.Negated),
        CaseExpr c => BindCase(c, scope),
        _ => throw new InvalidOperationException($"unknown node {expr.GetType().Name}"),
    };

    private static BoundExpr BindLiteral(LiteralExpr l) => l.Kind switch
    {
        LiteralKind.Integer => new BoundLiteral(ExprType.Integer, l.Span, l.Value),
        LiteralKind.Decimal => new BoundLiteral(ExprType.Decimal, l.Span, l.Value),
        LiteralKind.Money => new BoundLiteral(ExprType.Money, l.Span, l.Value),
        LiteralKind.String => new BoundLiteral(ExprType.String, l.Span, l.Value),
        LiteralKind.Date => new BoundLiteral(ExprType.Date, l.Span, ((DateOnly)l.Value!).DayNumber),
        LiteralKind.Bool => new BoundLiteral(ExprType.Bool, l.Span, l.Value),
        _ => new BoundLiteral(ExprType.Null, l.Span, null),
    };

    private BoundExpr BindAssumption(AssumptionExpr a)
    {
        if (_env.Assumptions.TryGetValue(a.Name, out var type)) return new BoundAssumption(type, a.Span, a.Name);
        return Error(a.Span, $"unknown assumption '${a.Name}'{DidYouMean.Hint("$" + a.Name, _env.Assumptions.Keys.Select(k => "$" + k))}");
    }

    /// <summary>Records an error (once per position and message: a field used twice reports its own errors once).</summary>
    private BoundExpr Error(TextSpan span, string message)
    {
        var diagnostic = _source.Error(span, message);
        if (_reported.Add((diagnostic.Location, message))) _diagnostics.Add(diagnostic);
        return new BoundLiteral(ExprType.Error, span, null);
    }

    private BoundExpr RequireBool(BoundExpr e, string what)
    {
        if (e.Type.IsError || e.Type.IsKind(DataType.Bool)) return e;
        if (e.Type.IsNull) return new BoundLiteral(ExprType.Bool, e.Span, null);
        return Error(e.Span, $"{what} must be a condition (bool), not {e.Type}");
    }
}
