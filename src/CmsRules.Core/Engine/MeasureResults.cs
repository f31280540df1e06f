using CmsRules.Core.Periods;

namespace CmsRules.Core.Engine;

/// <summary>An unrounded value (money in pence) and the base its percentage rests on, if the measure declares one.</summary>
public readonly record struct Cell(decimal? Value, decimal? Base);

/// <summary>One breakdown of a measure in one period: a cell per category, in the dimension's category order.</summary>
public sealed record BreakdownCells(string Dimension, IReadOnlyList<string> Categories, Cell[] Cells)
{
    public Cell? Find(string category)
    {
        for (var i = 0; i < Categories.Count; i++)
            if (Categories[i] == category) return Cells[i];
        return null;
    }
}

/// <summary>A measure's figures for one period: the total and each breakdown.</summary>
public sealed record PeriodCells(Period Period, Cell Total, IReadOnlyList<BreakdownCells> Breakdowns)
{
    public BreakdownCells? Breakdown(string dimension) => Breakdowns.FirstOrDefault(b => b.Dimension == dimension);
}
