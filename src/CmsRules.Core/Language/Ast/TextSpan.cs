namespace CmsRules.Core.Language.Ast;

/// <summary>A range of characters of an expression's text, by offset; <see cref="Parsing.ExpressionSource"/> maps it to a file position.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan Between(TextSpan first, TextSpan last) => new(first.Start, Math.Max(first.End, last.End) - first.Start);
}
