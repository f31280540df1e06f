using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Ast;
using Sprache;

namespace CmsRules.Core.Language.Parsing;

/// <summary>The result of parsing: the tree, or the syntax error (one: parsing stops at the first).</summary>
public sealed record ParseResult(ParsedExpression? Expression, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Expression is not null;
}

/// <summary>Entry point of the parser.</summary>
public static class ExpressionParser
{
    public static ParseResult Parse(ExpressionSource source)
    {
        var result = ExpressionGrammar.Root.TryParse(source.Text);
        if (result.WasSuccessful)
        {
            var bad = AstNodes.DescendantsAndSelf(result.Value).OfType<BadLiteralExpr>().Select(b => source.Error(b.Span, b.Problem)).ToList();
            return bad.Count > 0 ? new ParseResult(null, bad) : new ParseResult(new ParsedExpression(source, result.Value), []);
        }
        var offset = result.Remainder.Position;
        return new ParseResult(null, [source.Error(offset, Describe(result, source.Text, offset))]);
    }

    /// <summary>Parses or throws a <see cref="DiagnosticException"/> with the error.</summary>
    public static ParsedExpression ParseOrThrow(ExpressionSource source)
    {
        var result = Parse(source);
        return result.Expression ?? throw new DiagnosticException(result.Diagnostics);
    }

    private static string Describe(IResult<Ast.Expr> failure, string text, int offset)
    {
        var found = offset >= text.Length ? "end of expression" : $"'{Found(text, offset)}'";
        var expected = failure.Expectations.Where(e => !string.IsNullOrEmpty(e)).Distinct().ToList();
        var message = $"unexpected {found}";
        return expected.Count == 0 ? message : $"{message}; expected {string.Join(", ", expected.Select(Friendly))}";
    }

    private static string Found(string text, int offset)
    {
        var end = offset;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) end++;
        return end == offset ? text[offset].ToString() : text[offset..end];
    }

    private static string Friendly(string expectation) => expectation == "end of input" ? "end of expression" : expectation;
}
