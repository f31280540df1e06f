using CmsRules.Core.Language.Parsing;

namespace CmsRules.Core.Language.Binding;

/// <summary>
/// A named per-row definition of a table (from fields.yaml), e.g. <c>open_on(day)</c>. Each use binds
/// <see cref="Body"/> in the row of <see cref="Table"/>, with each parameter standing for the caller's argument.
/// </summary>
public sealed record FieldDefinition(string Table, string Name, IReadOnlyList<string> Parameters, ParsedExpression Body);

/// <summary>Another measure's value that a scalar expression may read: its type and the context slot holding it.</summary>
public sealed record ExternalDefinition(string Name, ExprType Type, int Slot);
