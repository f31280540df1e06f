using CmsRules.Core.Language.Ast;

namespace CmsRules.Core.Language.Parsing;

/// <summary>A syntax tree together with the source it came from (to locate the binder's errors).</summary>
public sealed record ParsedExpression(ExpressionSource Source, Expr Root)
{
    public override string ToString() => AstPrinter.Print(Root);
}
