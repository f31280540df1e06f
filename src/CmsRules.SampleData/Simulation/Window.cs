namespace CmsRules.SampleData.Simulation;

/// <summary>The days an extract covers and the policy dates the simulation follows, as day numbers.</summary>
internal sealed class Window(int firstDay, int lastDay)
{
    /// <summary>First day covered.</summary>
    public int First { get; } = firstDay;

    /// <summary>Last day covered: the extract is taken at its end, nothing is dated later.</summary>
    public int Last { get; } = lastDay;

    /// <summary>The application fee applied from 30 June 2014 until 26 February 2024 (exclusive).</summary>
    public static readonly int FeeStart = Days.Of(2014, 6, 30);
    public static readonly int FeeEnd = Days.Of(2024, 2, 26);

    /// <summary>CSA cases moved onto the 2012 scheme during the transition, mid 2014 to the end of 2018.</summary>
    public static readonly int TransitionStart = Days.Of(2014, 6, 30);
    public static readonly int TransitionEnd = Days.Of(2018, 12, 31);

    public static bool FeeApplies(int day) => day >= FeeStart && day < FeeEnd;
}
