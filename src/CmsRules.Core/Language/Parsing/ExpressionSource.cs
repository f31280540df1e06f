using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Ast;

namespace CmsRules.Core.Language.Parsing;

/// <summary>
/// The text of an expression and where it sits in its file, so that every position is reported as the file's
/// line and column. <paramref name="Line"/>/<paramref name="Column"/> locate the first character (1-based);
/// continuation lines start at <paramref name="ContinuationColumn"/> (the indent of a YAML block scalar).
/// </summary>
public sealed record ExpressionSource(string Text, string File, int Line = 1, int Column = 1, int ContinuationColumn = 1)
{
    /// <summary>An expression that is a whole file of its own, or a test's inline text.</summary>
    public static ExpressionSource Inline(string text, string file = "<expression>") => new(text, file);

    public SourceLocation Locate(int offset)
    {
        var (lineIndex, lineStart) = LineOf(offset);
        var column = offset - lineStart + (lineIndex == 0 ? Column : ContinuationColumn);
        return new SourceLocation(File, Line + lineIndex, column);
    }

    /// <summary>The source line holding <paramref name="offset"/>, indented as in the file so a caret lines up under it.</summary>
    public string SourceLineAt(int offset)
    {
        var (lineIndex, lineStart) = LineOf(offset);
        var end = Text.IndexOf('\n', lineStart);
        var text = Text[lineStart..(end < 0 ? Text.Length : end)].TrimEnd('\r');
        var indent = (lineIndex == 0 ? Column : ContinuationColumn) - 1;
        return new string(' ', indent) + text;
    }

    public Diagnostic Error(TextSpan span, string message) => Error(span.Start, message);

    public Diagnostic Error(int offset, string message) =>
        new(Locate(offset), message, Severity.Error, SourceLineAt(offset));

    private (int LineIndex, int LineStart) LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var lineIndex = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (Text[i] != '\n') continue;
            lineIndex++;
            lineStart = i + 1;
        }
        return (lineIndex, lineStart);
    }
}
