using CmsRules.SampleData.Output;

namespace CmsRules.SampleData.Simulation;

/// <summary>
/// Applications: the one that created a new-application case group (cleared on the day it opened),
/// and now and then one that never created a case group (closed or nil calculation, or still
/// uncleared at extract when it arrived recently). Fees follow the fee regime of the received date.
/// </summary>
internal sealed class ApplicationSimulator(Window window, CsvFileWriter output, IdCounters ids)
{
    private const double ApplicationsWithoutCaseGroupPerCaseGroup = 0.3;
    private const double NilCalculationShare = 0.06;
    private const double ExemptShareInFeeEra = 0.3;
    private const double DomesticAbuseShareOfExempt = 0.85;

    public void Simulate(CaseGroupLife life, Prng rng)
    {
        if (!life.IsTransition)
        {
            var received = Math.Max(window.First, life.Opened - DaysToClear(rng));
            var nil = rng.Chance(NilCalculationShare);
            if (nil) life.MonthlyAmount = 0;
            Write(rng, life, received, Codes.Live, life.Opened, nil ? Codes.NilCalculation : Codes.Arrangement, life.Id);
        }
        if (rng.Chance(ApplicationsWithoutCaseGroupPerCaseGroup))
        {
            var received = rng.Between(window.First, window.Last);
            var cleared = received + DaysToClear(rng);
            var type = rng.Chance(0.25) ? Codes.ArrearsOnly : Codes.Live;
            var clearance = rng.Chance(0.75) ? Codes.Closed : Codes.NilCalculation;
            Write(rng, life, received, type, cleared <= window.Last ? cleared : null, clearance, null);
        }
    }

    /// <summary>Most applications clear within six weeks, a third within four months, the rest take up to nine.</summary>
    private static int DaysToClear(Prng rng)
    {
        var u = rng.NextDouble();
        return u < 0.55 ? rng.Between(3, 42) : u < 0.88 ? rng.Between(43, 120) : rng.Between(121, 270);
    }

    private void Write(Prng rng, CaseGroupLife life, int received, ReadOnlySpan<byte> type, int? cleared,
        ReadOnlySpan<byte> clearance, long? caseGroupId)
    {
        var row = output;
        row.Int(++ids.Application);
        row.Date(received);
        var role = rng.Pick(Codes.ApplicantRoleWeights);
        // Only a child in Scotland may apply.
        if (role == Codes.ChildApplicant && !life.InScotland) role = 0;
        row.Code(Codes.ApplicantRoles[role]);
        row.Code(Codes.Channels[rng.Pick(Codes.ChannelWeights)]);
        row.Code(type);
        if (!Window.FeeApplies(received)) row.Code(Codes.NoFee);
        else if (!rng.Chance(ExemptShareInFeeEra)) row.Code(Codes.Paid);
        else row.Code(rng.Chance(DomesticAbuseShareOfExempt) ? Codes.ExemptDomesticAbuse : Codes.ExemptUnder19);
        if (cleared is { } day)
        {
            row.Date(day);
            row.Code(clearance);
        }
        else
        {
            row.Null();
            row.Null();
        }
        if (caseGroupId is { } id) row.Int(id);
        else row.Null();
        row.EndRow();
    }
}
