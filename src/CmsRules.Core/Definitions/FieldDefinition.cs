using CmsRules.Core.Diagnostics;

namespace CmsRules.Core.Definitions;

/// <summary>A reusable per-row definition of a table (fields.yaml), used like a column, with arguments if it has parameters.</summary>
public sealed record FieldText(
    string Table,
    string Name,
    IReadOnlyList<string> Parameters,
    ExpressionText Expression,
    string Description,
    SourceLocation Location);
