using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Parsing;

namespace CmsRules.Core.Definitions;

/// <summary>
/// An expression as written in a definition file, with where it sits: the file position of its first character and
/// the column at which its continuation lines start (a YAML block scalar's indent). <see cref="IsCSharp"/> marks the
/// C# escape hatch (`csharp:`).
/// </summary>
public sealed record ExpressionText(string Text, SourceLocation Start, int ContinuationColumn, bool IsCSharp = false)
{
    public ExpressionSource ToSource() => new(Text, Start.File, Start.Line, Start.Column, ContinuationColumn);
}
