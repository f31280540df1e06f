using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

/// <summary>Where an expression is evaluated: on one row of a table, over a set of rows, or with no rows at all.</summary>
public enum ExpressionContext { Row, Aggregate, Scalar }

/// <summary>A bound expression ready to compile: its tree, context, table (row and aggregate contexts) and source.</summary>
public sealed record BoundExpression(BoundExpr Root, ExpressionContext Context, TableSchema? Table, ParsedExpression Source)
{
    public ExprType Type => Root.Type;
}

/// <summary>The outcome of binding: the expression, or every error found in it.</summary>
public sealed record BindResult(BoundExpression? Expression, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Expression is not null;

    public BoundExpression GetOrThrow() => Expression ?? throw new DiagnosticException(Diagnostics);
}
