using CmsRules.Core.Diagnostics;

namespace CmsRules.Core.Language.Runtime;

/// <summary>A failure while evaluating, in data the compiler could not foresee (several rows for <c>only</c>).</summary>
public sealed class EvaluationException(SourceLocation location, string reason, string? doing = null)
    : Exception($"{location}: {reason}{(doing is null ? "" : $" ({doing})")}")
{
    public SourceLocation Location { get; } = location;

    /// <summary>The same failure, saying what was being computed (a measure and a period).</summary>
    public EvaluationException While(string doing) => new(Location, reason, doing);
}
