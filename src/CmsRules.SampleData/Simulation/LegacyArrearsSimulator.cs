using CmsRules.SampleData.Output;

namespace CmsRules.SampleData.Simulation;

/// <summary>
/// CSA debt moved onto the CMS system for some transition case groups, then collected, written off or
/// adjusted month by month while the case group is active (so never after the extract), until nothing is left.
/// </summary>
internal sealed class LegacyArrearsSimulator(ExtractWriter output)
{
    private const double ShareWithLegacyDebt = 0.35;
    private const double CollectionChancePerMonth = 0.25;
    private const double WriteOffChancePerMonth = 0.004;
    private const double AdjustmentChancePerMonth = 0.01;

    public void Simulate(CaseGroupLife life, Prng rng)
    {
        if (!rng.Chance(ShareWithLegacyDebt)) return;
        var transferred = life.Opened + rng.Between(0, 60);
        if (transferred >= life.ActiveEnd) return;
        var debt = Math.Clamp((long)Math.Exp(Math.Log(180_000) + 0.9 * rng.Normal()), 100, 5_000_000);
        var head = output.LegacyArrears;
        head.Int(life.Id);
        head.Date(transferred);
        head.Int(debt);
        head.Code(Codes.OwedTo[rng.Pick(Codes.OwedToWeights)]);
        head.EndRow();

        for (var month = Days.FirstOfNextMonth(transferred); month < life.ActiveEnd && debt > 0; month = Days.FirstOfNextMonth(month))
        {
            var day = Math.Min(month + rng.Between(0, 27), life.ActiveEnd - 1);
            if (rng.Chance(WriteOffChancePerMonth))
            {
                Write(life.Id, day, Codes.WriteOff, debt);
                debt = 0;
                continue;
            }
            if (rng.Chance(CollectionChancePerMonth))
            {
                var collected = Math.Min(debt, rng.Between(1_000, 15_000));
                Write(life.Id, day, Codes.Collection, collected);
                debt -= collected;
            }
            if (debt > 0 && rng.Chance(AdjustmentChancePerMonth))
            {
                // A correction either way, never wiping out the debt by itself.
                var change = rng.Between(100, 20_000);
                var adjustment = rng.Chance(0.5) || change >= debt ? change : -change;
                Write(life.Id, day, Codes.Adjustment, adjustment);
                debt += adjustment;
            }
        }
    }

    private void Write(long caseGroupId, int day, ReadOnlySpan<byte> type, long amount)
    {
        var row = output.LegacyArrearsTransactions;
        row.Int(caseGroupId);
        row.Date(day);
        row.Code(type);
        row.Int(amount);
        row.EndRow();
    }
}
