using CmsRules.Core.Language.Ast;
using Sprache;
using static CmsRules.Core.Language.Parsing.Lexemes;

namespace CmsRules.Core.Language.Parsing;

/// <summary>
/// The grammar, loosest first: or, and, not, comparison (= &lt;&gt; != &lt; &lt;= &gt; &gt;= in between is), + -, * /,
/// unary -, primary. The X-combinators make a branch that consumed input fail there, so errors point at the
/// real problem instead of at the end of the last complete sub-expression.
/// </summary>
internal static class ExpressionGrammar
{
    private static readonly Parser<Expr> Expression = Parse.Ref(() => OrExpr!);

    private static Parser<BinaryOp> Operator(Parser<Lexeme<string>> token, BinaryOp op) => token.Return(op);

    private static Expr Binary(BinaryOp op, Expr left, Expr right) => new BinaryExpr(TextSpan.Between(left.Span, right.Span), op, left, right);

    private static readonly Parser<Expr> Parenthesised =
        from open in Symbol("(")
        from inner in Expression
        from close in Symbol(")")
        select inner;

    private static readonly Parser<Expr> Literal =
        NumberLiteral.Select(l => (Expr)l.Value)
            .Or(MoneyLiteral.Select(l => (Expr)l.Value))
            .Or(StringToken.Select(s => (Expr)new LiteralExpr(s.Span, LiteralKind.String, s.Value)))
            .Or(Keyword("true").Select(k => (Expr)new LiteralExpr(k.Span, LiteralKind.Bool, true)))
            .Or(Keyword("false").Select(k => (Expr)new LiteralExpr(k.Span, LiteralKind.Bool, false)))
            .Or(Keyword("null").Select(k => (Expr)new LiteralExpr(k.Span, LiteralKind.Null, null)))
            .Or(from k in Keyword("date")
                from d in DateToken
                select d.Value is BadLiteralExpr ? d.Value : (Expr)(d.Value with { Span = TextSpan.Between(k.Span, d.Span) }));

    private static readonly Parser<Expr> Assumption = AssumptionToken.Select(a => (Expr)new AssumptionExpr(a.Span, a.Value));

    private static readonly Parser<IReadOnlyList<Expr>> ExpressionList =
        from head in Expression
        from tail in Symbol(",").Then(_ => Expression).XMany()
        select (IReadOnlyList<Expr>)[head, .. tail];

    private static readonly Parser<TableRef> FromClause =
        from k in Keyword("from")
        from t in Identifier
        select new TableRef(t.Span, t.Value);

    private static readonly Parser<Expr> WhereClause = Keyword("where").Then(_ => Expression);

    /// <summary><c>name</c>, <c>a.b</c>, or a call <c>a.b(args [from t] [where c])</c>.</summary>
    private static readonly Parser<Expr> NameOrCall =
        from head in Identifier
        from tail in Symbol(".").Then(_ => Identifier).XMany()
        from call in (
            from open in Symbol("(")
            from args in ExpressionList.XOptional()
            from source in FromClause.XOptional()
            from filter in WhereClause.XOptional()
            from close in Symbol(")")
            select (Args: args.GetOrElse([]), From: source.GetOrDefault(), Where: filter.GetOrDefault(), Close: close.Span)
        ).XOptional()
        let parts = (IReadOnlyList<string>)[head.Value, .. tail.Select(t => t.Value)]
        let nameSpan = TextSpan.Between(head.Span, tail.Select(t => t.Span).LastOrDefault(head.Span))
        select call.IsDefined
            ? new CallExpr(TextSpan.Between(head.Span, call.Get().Close), parts, call.Get().Args, call.Get().From, call.Get().Where)
            : (Expr)new NameExpr(nameSpan, parts);

    private static readonly Parser<CaseWhen> When =
        from k in Keyword("when")
        from condition in Expression
        from thenKeyword in Keyword("then")
        from result in Expression
        select new CaseWhen(condition, result);

    private static readonly Parser<Expr> Case =
        from k in Keyword("case")
        from whens in When.XAtLeastOnce()
        from otherwise in Keyword("else").Then(_ => Expression).XOptional()
        from endKeyword in Keyword("end").Named(otherwise.IsDefined ? "'end'" : "'when', 'else' or 'end'")
        select (Expr)new CaseExpr(TextSpan.Between(k.Span, endKeyword.Span), whens.ToList(), otherwise.GetOrDefault());

    private static readonly Parser<Expr> Primary =
        Literal.Or(Assumption).Or(Case).Or(NameOrCall).Or(Parenthesised).Named("expression");

    private static readonly Parser<Expr> Unary =
        (from minus in Symbol("-")
         from operand in Parse.Ref(() => Unary!)
         select (Expr)new UnaryExpr(TextSpan.Between(minus.Span, operand.Span), UnaryOp.Negate, operand))
        .XOr(Primary).Named("expression");

    private static readonly Parser<Expr> Multiplicative = Parse.XChainOperator(
        Operator(Symbol("*"), BinaryOp.Multiply).Or(Operator(Symbol("/"), BinaryOp.Divide)), Unary, Binary);

    // Trivia after each token has already eaten any "--" comment, so "-" here is always an operator.
    private static readonly Parser<Expr> Additive = Parse.XChainOperator(
        Operator(Symbol("+"), BinaryOp.Add).Or(Operator(Symbol("-"), BinaryOp.Subtract)), Multiplicative, Binary);

    private static readonly Parser<BinaryOp> ComparisonOperator =
        Operator(Symbol("<>"), BinaryOp.NotEqual)
            .Or(Operator(Symbol("!="), BinaryOp.NotEqual))
            .Or(Operator(Symbol("<="), BinaryOp.LessOrEqual))
            .Or(Operator(Symbol(">="), BinaryOp.GreaterOrEqual))
            .Or(Operator(Symbol("<"), BinaryOp.Less))
            .Or(Operator(Symbol(">"), BinaryOp.Greater))
            .Or(Operator(Symbol("="), BinaryOp.Equal));

    /// <summary>What may follow the left operand of a comparison; applied to that operand.</summary>
    private static readonly Parser<Func<Expr, Expr>> ComparisonSuffix =
        (from op in ComparisonOperator
         from right in Additive
         select (Func<Expr, Expr>)(left => Binary(op, left, right)))
        .Or(from k in Keyword("is")
            from negation in Keyword("not").XOptional()
            from n in Keyword("null")
            select (Func<Expr, Expr>)(left => new IsNullExpr(TextSpan.Between(left.Span, n.Span), left, negation.IsDefined)))
        .Or(from negation in Keyword("not").XOptional()
            from rest in InSuffix(negation.IsDefined).XOr(BetweenSuffix(negation.IsDefined))
            select rest);

    private static Parser<Func<Expr, Expr>> InSuffix(bool negated) =>
        from k in Keyword("in")
        from open in Symbol("(")
        from items in ExpressionList
        from close in Symbol(")")
        select (Func<Expr, Expr>)(left => new InExpr(TextSpan.Between(left.Span, close.Span), left, items, negated));

    private static Parser<Func<Expr, Expr>> BetweenSuffix(bool negated) =>
        from k in Keyword("between")
        from low in Additive
        from andKeyword in Keyword("and")
        from high in Additive
        select (Func<Expr, Expr>)(left => new BetweenExpr(TextSpan.Between(left.Span, high.Span), left, low, high, negated));

    private static readonly Parser<Expr> Comparison =
        from left in Additive
        from suffix in ComparisonSuffix.XOptional()
        select suffix.IsDefined ? suffix.Get()(left) : left;

    private static readonly Parser<Expr> NotExpr =
        (from negation in Keyword("not")
         from operand in Parse.Ref(() => NotExpr!)
         select (Expr)new UnaryExpr(TextSpan.Between(negation.Span, operand.Span), UnaryOp.Not, operand))
        .XOr(Comparison).Named("expression");

    private static readonly Parser<Expr> AndExpr = Parse.XChainOperator(Operator(Keyword("and"), BinaryOp.And), NotExpr, Binary);

    private static readonly Parser<Expr> OrExpr = Parse.XChainOperator(Operator(Keyword("or"), BinaryOp.Or), AndExpr, Binary);

    /// <summary>A whole expression: leading blanks, the expression, nothing after it.</summary>
    public static readonly Parser<Expr> Root = Trivia.Then(_ => Expression).End();
}
