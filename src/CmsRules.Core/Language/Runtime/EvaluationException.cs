using CmsRules.Core.Diagnostics;

namespace CmsRules.Core.Language.Runtime;

/// <summary>A failure while evaluating, in data the compiler could not foresee (several rows for <c>only</c>).</summary>
public sealed class EvaluationException(SourceLocation location, string message) : Exception($"{location}: {message}")
{
    public SourceLocation Location { get; } = location;
}
