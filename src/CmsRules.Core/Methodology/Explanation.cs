using CmsRules.Core.Diagnostics;
using CmsRules.Core.Engine;
using CmsRules.Core.Periods;

namespace CmsRules.Core.Methodology;

/// <summary>One top-level condition of a measure's where (split at `and`), as written and where it is written.</summary>
public sealed record ExplainCondition(string Text, SourceLocation Location);

/// <summary>The rows still in the population after a condition (and every condition before it).</summary>
public sealed record ExplainStep(ExplainCondition Condition, int Rows);

/// <summary>
/// A measure in one period: the rows of its table, the rows left after each condition, its figures (total and per
/// category, unrounded) and a few identifiers of contributing rows. A measure built from others has no steps.
/// </summary>
public sealed record PeriodExplanation(
    Period Period,
    int TableRows,
    IReadOnlyList<ExplainStep> Steps,
    PeriodCells Figures,
    IReadOnlyDictionary<string, PeriodCells> Inputs,
    string ExampleColumn,
    IReadOnlyList<string> Examples);

/// <summary>A condition checked on one row: true, false or null (null keeps the row out, as false does).</summary>
public sealed record CaseCondition(ExplainCondition Condition, string Value);

/// <summary>Why one row is in or out of a measure: each condition, the category it falls in per breakdown, and the values it reads.</summary>
public sealed record CaseRow(
    int Row,
    string Key,
    IReadOnlyList<CaseCondition> Conditions,
    bool InPopulation,
    IReadOnlyList<(string Dimension, string Category)> Categories,
    IReadOnlyList<(string Name, string Value)> Values);

/// <summary>Every row of a measure's table that belongs to the case asked about (by <see cref="Column"/> = <see cref="Id"/>).</summary>
public sealed record CaseExplanation(Period Period, string Table, string Column, long Id, IReadOnlyList<CaseRow> Rows);
