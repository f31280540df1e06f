namespace CmsRules.SampleData.Simulation;

/// <summary>Running ids of every keyed table, so rows get ids as they are written and nothing is kept to number them.</summary>
internal sealed class IdCounters
{
    public long Person;
    public long Child;
    public long Application;
    public long Payment;
    public long Complaint;
    public long MandatoryReconsideration;
    public long Appeal;
    public long ChangeOfCircumstances;
    public long AccuracyCheck;
    public long EnforcementAction;
}
