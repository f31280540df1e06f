namespace CmsRules.SampleData.Simulation;

/// <summary>The facts of the case group being simulated that the table simulators share. Reused between case groups.</summary>
internal sealed class CaseGroupLife
{
    public long Id;
    public int Opened;
    /// <summary>First day the case group is no longer active: its closed date, or the day after the extract.</summary>
    public int ActiveEnd;
    public bool IsClosed;
    public bool IsTransition;
    public bool InScotland;
    /// <summary>Monthly maintenance in pence at opening; 0 for a nil calculation.</summary>
    public long MonthlyAmount;
    public readonly ServiceTimeline Timeline = new();

    public bool IsActive(int day) => day >= Opened && day < ActiveEnd;
}
