using CmsRules.Core.Definitions;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Publication;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Engine;

/// <summary>A measure whose definition has been type-checked and compiled, with what it reads.</summary>
public abstract record CompiledMeasure(MeasureDefinition Definition, RoundingRule Rounding, MeasureDependencies Dependencies)
{
    public string Id => Definition.Id;
}

/// <summary>
/// A measure over the rows of a table: the rows meeting <see cref="Where"/> (all rows without it) form its population,
/// <see cref="Value"/> aggregates them, and each breakdown splits them into categories.
/// </summary>
public sealed record TableMeasure(
    MeasureDefinition Definition,
    RoundingRule Rounding,
    MeasureDependencies Dependencies,
    TableSchema Table,
    CompiledRowExpression? Where,
    ColumnSchema? GroupBy,
    CompiledAggregateExpression Value,
    CompiledAggregateExpression? Base,
    IReadOnlyList<CompiledBreakdown> Breakdowns) : CompiledMeasure(Definition, Rounding, Dependencies);

/// <summary>A measure that combines other measures by id, category by category.</summary>
public sealed record DerivedMeasure(
    MeasureDefinition Definition,
    RoundingRule Rounding,
    MeasureDependencies Dependencies,
    CompiledScalarExpression Value,
    CompiledScalarExpression? Base,
    IReadOnlyList<string> Dimensions) : CompiledMeasure(Definition, Rounding, Dependencies);

/// <summary>
/// One breakdown of a table measure: <see cref="ByRow"/> gives each row its category, or, for a measure with
/// group_by, <see cref="ByGroup"/> gives each group of rows one.
/// </summary>
public sealed record CompiledBreakdown(
    string Dimension,
    CompiledRowExpression? ByRow,
    CompiledAggregateExpression? ByGroup,
    CategorySource Categories);

/// <summary>
/// What a measure reads: assumptions and other measures (directly or through them), tables, and whether a C#
/// condition hides further reads of its table's columns.
/// </summary>
public sealed record MeasureDependencies(
    IReadOnlySet<string> Assumptions,
    IReadOnlySet<string> Measures,
    IReadOnlySet<string> Tables,
    bool UsesCSharp)
{
    public static MeasureDependencies Of(IEnumerable<Dependencies> parts, bool usesCSharp, IEnumerable<string> tables)
    {
        var list = parts.ToList();
        return new MeasureDependencies(
            new SortedSet<string>(list.SelectMany(p => p.Assumptions), StringComparer.Ordinal),
            new SortedSet<string>(list.SelectMany(p => p.Externals), StringComparer.Ordinal),
            new SortedSet<string>(list.SelectMany(p => p.Tables).Concat(tables), StringComparer.Ordinal),
            usesCSharp);
    }
}
