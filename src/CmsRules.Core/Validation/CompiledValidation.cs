using CmsRules.Core.Definitions;
using CmsRules.Core.Language.Compilation;

namespace CmsRules.Core.Validation;

/// <summary>A measure the check reads, and the context slot its value goes into.</summary>
public readonly record struct ValidationInput(string Measure, int Slot);

/// <summary>A sum of categories the check reads, and the context slot it goes into.</summary>
public readonly record struct ValidationSum(CategorySum Sum, int Slot);

/// <summary>A validation rule type-checked and compiled, with the measures and sums its check reads.</summary>
public sealed record CompiledValidation(
    ValidationDefinition Definition,
    CompiledScalarExpression Check,
    IReadOnlyList<ValidationInput> Measures,
    IReadOnlyList<ValidationSum> Sums,
    IReadOnlySet<string> Assumptions)
{
    public string Name => Definition.Name;
}
