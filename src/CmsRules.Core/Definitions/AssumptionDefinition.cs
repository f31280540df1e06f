using CmsRules.Core.Diagnostics;

namespace CmsRules.Core.Definitions;

public enum AssumptionType { Bool, Number, Integer }

/// <summary>A methodology toggle from assumptions.yaml; definitions read its value as `$name`.</summary>
public sealed record AssumptionDefinition(
    string Name,
    AssumptionType Type,
    AssumptionValue Default,
    string Description,
    SourceLocation Location);
