using CmsRules.SampleData.Output;

namespace CmsRules.SampleData.Simulation;

/// <summary>
/// Service events that arrive at random over a case group's active life (Poisson, rates per year):
/// complaints, mandatory reconsiderations, appeals, changes of circumstances and accuracy checks.
/// Each is cleared or resolved some days later, or left open when that would fall after the extract.
/// </summary>
internal sealed class CaseEventsSimulator(Window window, ExtractWriter output, IdCounters ids)
{
    private const double ComplaintsPerYear = 0.04;
    /// <summary>Complaints about the service in general, not about a case group, per case group simulated.</summary>
    private const double UnlinkedComplaintShare = 0.01;
    private const double ReconsiderationsPerYear = 0.05;
    private const double AppealsPerYear = 0.01;
    private const double ChangesPerYear = 0.3;
    private const double AccuracyChecksPerYear = 0.03;
    private const double DaysPerYear = 365.25;

    public void Simulate(CaseGroupLife life, Prng rng)
    {
        for (var day = NextEvent(life.Opened, ComplaintsPerYear, rng); day < life.ActiveEnd; day = NextEvent(day, ComplaintsPerYear, rng))
            WriteComplaint(life.Id, day, rng);
        if (rng.Chance(UnlinkedComplaintShare)) WriteComplaint(null, rng.Between(window.First, window.Last), rng);

        WriteDecisions(output.MandatoryReconsiderations, ref ids.MandatoryReconsideration, life, ReconsiderationsPerYear, (5, 75),
            Codes.MrOutcomes, Codes.MrOutcomeWeights, rng);
        WriteDecisions(output.Appeals, ref ids.Appeal, life, AppealsPerYear, (60, 420), Codes.AppealOutcomes, Codes.AppealOutcomeWeights, rng);

        for (var day = NextEvent(life.Opened, ChangesPerYear, rng); day < life.ActiveEnd; day = NextEvent(day, ChangesPerYear, rng))
        {
            var row = output.ChangesOfCircumstances;
            row.Int(++ids.ChangeOfCircumstances);
            row.Int(life.Id);
            row.Date(day);
            var cleared = day + rng.Between(2, 100);
            if (cleared <= window.Last) row.Date(cleared);
            else row.Null();
            row.Code(Codes.CocTypes[rng.Pick(Codes.CocTypeWeights)]);
            row.EndRow();
        }

        for (var day = NextEvent(life.Opened, AccuracyChecksPerYear, rng); day < life.ActiveEnd; day = NextEvent(day, AccuracyChecksPerYear, rng))
        {
            var row = output.AccuracyChecks;
            row.Int(++ids.AccuracyCheck);
            row.Int(life.Id);
            row.Date(day);
            row.Bool(rng.Chance(0.9));
            row.EndRow();
        }
    }

    private static int NextEvent(int after, double perYear, Prng rng) =>
        (int)Math.Min(int.MaxValue / 2, after + 1 + rng.Exponential(DaysPerYear / perYear));

    private void WriteComplaint(long? caseGroupId, int received, Prng rng)
    {
        var row = output.Complaints;
        row.Int(++ids.Complaint);
        if (caseGroupId is { } id) row.Int(id);
        else row.Null();
        row.Date(received);
        var resolved = received + (rng.Chance(0.9) ? rng.Between(1, 40) : rng.Between(41, 200));
        var upheld = rng.Chance(0.4);
        if (resolved <= window.Last)
        {
            row.Date(resolved);
            row.Bool(upheld);
        }
        else
        {
            row.Null();
            row.Null();
        }
        row.EndRow();
    }

    /// <summary>Requests decided some days after they arrive (reconsiderations, appeals): id, case group, received, then the clearance.</summary>
    private void WriteDecisions(CsvFileWriter row, ref long id, CaseGroupLife life, double perYear, (int Min, int Max) daysToClear,
        byte[][] outcomes, double[] outcomeWeights, Prng rng)
    {
        for (var day = NextEvent(life.Opened, perYear, rng); day < life.ActiveEnd; day = NextEvent(day, perYear, rng))
        {
            row.Int(++id);
            row.Int(life.Id);
            row.Date(day);
            WriteClearance(row, day + rng.Between(daysToClear.Min, daysToClear.Max), outcomes[rng.Pick(outcomeWeights)]);
            row.EndRow();
        }
    }

    /// <summary>The cleared date and outcome, or two nulls while the case is still open at extract.</summary>
    private void WriteClearance(CsvFileWriter row, int cleared, ReadOnlySpan<byte> outcome)
    {
        if (cleared <= window.Last)
        {
            row.Date(cleared);
            row.Code(outcome);
        }
        else
        {
            row.Null();
            row.Null();
        }
    }
}
