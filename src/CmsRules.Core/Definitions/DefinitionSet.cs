using CmsRules.Core.Publication;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Definitions;

/// <summary>A definition file that was read, named by its folder and file name (`measures/caseload.yaml`), with the SHA-256 of its bytes.</summary>
public sealed record DefinitionFile(string Path, string Sha256);

/// <summary>Everything declared in the definition folders (the core's measures/ and each plugin's): the engine's whole input besides the extract.</summary>
public sealed record DefinitionSet(
    DataDictionary Dictionary,
    IReadOnlyList<AssumptionDefinition> Assumptions,
    IReadOnlyList<RoundingRule> RoundingRules,
    IReadOnlyList<DimensionDefinition> Dimensions,
    IReadOnlyList<FieldText> Fields,
    IReadOnlyList<MeasureDefinition> Measures,
    IReadOnlyList<DefinitionFile> Files,
    IReadOnlyList<ValidationDefinition> Validations);
