using System.Globalization;
using CmsRules.Core.Language.Ast;
using Sprache;

namespace CmsRules.Core.Language.Parsing;

/// <summary>A token's value and the characters it covers (trailing blanks and comments excluded).</summary>
internal readonly record struct Lexeme<T>(T Value, TextSpan Span);

/// <summary>The token-level parsers: blanks and comments, keywords, names, literals, punctuation.</summary>
internal static class Lexemes
{
    public static readonly IReadOnlySet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "and", "or", "not", "in", "is", "null", "between", "case", "when", "then", "else", "end",
        "true", "false", "from", "where",
    };
    // `date` is not reserved: it starts a literal only when quoted text follows, so a column may be called date.

    private static readonly Parser<int> Offset = input => Result.Success(input.Position, input);

    private static readonly Parser<string> Comment =
        from dashes in Parse.String("--")
        from text in Parse.CharExcept('\n').Many()
        select "";

    /// <summary>Blanks, newlines and <c>--</c> comments between tokens.</summary>
    public static readonly Parser<string> Trivia = Parse.WhiteSpace.Return("").Or(Comment).Many().Return("");

    /// <summary>Wraps a token parser: records its span, then skips the trivia after it.</summary>
    public static Parser<Lexeme<T>> Token<T>(Parser<T> parser) =>
        from start in Offset
        from value in parser
        from end in Offset
        from trivia in Trivia
        select new Lexeme<T>(value, new TextSpan(start, end - start));

    private static readonly Parser<string> Word =
        from first in Parse.Letter.Or(Parse.Char('_'))
        from rest in Parse.LetterOrDigit.Or(Parse.Char('_')).Many().Text()
        select first + rest;

    public static readonly Parser<Lexeme<string>> Identifier =
        Token(Word.Where(w => !Keywords.Contains(w))).Named("name");

    public static Parser<Lexeme<string>> Keyword(string keyword) =>
        Token(Word.Where(w => w == keyword)).Named($"'{keyword}'");

    public static Parser<Lexeme<string>> Symbol(string symbol) => Token(Parse.String(symbol).Text()).Named($"'{symbol}'");

    private static readonly Parser<string> Digits = Parse.Digit.AtLeastOnce().Text();

    private static readonly Parser<(string Whole, string? Fraction)> Number =
        from whole in Digits
        from fraction in Parse.Char('.').Then(_ => Digits).Optional()
        select (whole, fraction.GetOrDefault());

    /// <summary>
    /// Runs <paramref name="parser"/>, then checks its value. A bad value (a 30th of February, a number too large)
    /// still parses, as a <see cref="BadLiteralExpr"/>, so that its own message and position survive; the parser
    /// reports every such literal after a successful parse.
    /// </summary>
    private static Parser<LiteralExpr> Checked<TIn>(Parser<TIn> parser, Func<TIn, (LiteralExpr? Value, string? Error)> check) =>
        parser.Select(value => check(value) is var (literal, error) && error is null ? literal! : new BadLiteralExpr(error!));

    private static Parser<Lexeme<LiteralExpr>> Literal(Parser<LiteralExpr> parser, string name) =>
        Token(parser).Select(l => l with { Value = l.Value with { Span = l.Span } }).Named(name);

    public static readonly Parser<Lexeme<LiteralExpr>> NumberLiteral = Literal(Checked(Number, NumberValue), "number");

    private static (LiteralExpr?, string?) NumberValue((string Whole, string? Fraction) n)
    {
        if (n.Fraction is null)
            return long.TryParse(n.Whole, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                ? (new LiteralExpr(default, LiteralKind.Integer, i), null)
                : (null, "integer literal too large for 64 bits");
        return decimal.TryParse($"{n.Whole}.{n.Fraction}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? (new LiteralExpr(default, LiteralKind.Decimal, d), null)
            : (null, "decimal literal too large");
    }

    public static readonly Parser<Lexeme<LiteralExpr>> MoneyLiteral =
        Literal(Checked(Parse.Char('£').Then(_ => Number), MoneyValue), "money");

    private static (LiteralExpr?, string?) MoneyValue((string Whole, string? Fraction) n)
    {
        if (n.Fraction is { Length: > 2 }) return (null, "money has at most two decimals (pence)");
        if (!long.TryParse(n.Whole, NumberStyles.None, CultureInfo.InvariantCulture, out var pounds) || pounds > long.MaxValue / 100)
            return (null, "money literal too large");
        var pence = n.Fraction is null ? 0 : long.Parse(n.Fraction.PadRight(2, '0'), CultureInfo.InvariantCulture);
        return (new LiteralExpr(default, LiteralKind.Money, pounds * 100 + pence), null);
    }

    private static readonly Parser<string> QuotedText =
        from open in Parse.Char('\'')
        from chars in Parse.String("''").Return('\'').Or(Parse.CharExcept('\'')).Many().Text()
        from close in Parse.Char('\'').Named("closing quote")
        select chars;

    public static readonly Parser<Lexeme<string>> StringToken = Token(QuotedText).Named("string");

    /// <summary>The quoted text after <c>date</c>; a bad date becomes a <see cref="BadLiteralExpr"/> at its opening quote.</summary>
    public static readonly Parser<Lexeme<LiteralExpr>> DateToken = Literal(Checked(QuotedText, text =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? (new LiteralExpr(default, LiteralKind.Date, d), null)
            : ((LiteralExpr?)null, $"'{text}' is not a date written 'yyyy-mm-dd'")), "date text");

    public static readonly Parser<Lexeme<string>> AssumptionToken = Token(
        from dollar in Parse.Char('$')
        from name in Word
        select name).Named("assumption");
}
