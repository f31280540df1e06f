using CmsRules.Core.Language.Ast;

namespace CmsRules.Core.Language.Parsing;

/// <summary>A literal whose text is malformed; only lives inside the parser, which reports it as an error.</summary>
internal sealed record BadLiteralExpr(string Problem) : LiteralExpr(default(TextSpan), LiteralKind.Null, null);
