using CmsRules.SampleData.Output;

namespace CmsRules.SampleData.Simulation;

/// <summary>
/// Month by month over a case group's life: the liability while it is active and assigned, Collect and
/// Pay payments by a payer profile, the arrears those leave behind (balance at each month end), and
/// enforcement when a non-payer's arrears build up. Payer profiles are tuned so that in a quarter about
/// 65% of Collect and Pay case groups pay something and about two thirds of those pay over 90% of what was due.
/// </summary>
internal sealed class MoneySimulator(Window window, ExtractWriter output, IdCounters ids)
{
    private enum Payer { Good, Partial, Non }

    /// <summary>Cumulative: on entering Collect and Pay 40% pay in full, 13% in part, 47% rarely (enforcement later converts some).</summary>
    private static readonly double[] PayerWeights = [0.40, 0.53, 1.0];
    private const double ZeroDueMonthShare = 0.03;
    private const double PayerChangeChancePerMonth = 0.02;
    private const double ArrearsPaymentChance = 0.25;
    private const double EnforcementChancePerMonth = 0.06;
    private const int MaxEnforcementActions = 4;

    public void Simulate(CaseGroupLife life, Prng rng)
    {
        var lastMonth = Days.FirstOfMonth(Math.Min(life.ActiveEnd - 1, window.Last));
        var amount = life.MonthlyAmount;
        var method = Codes.PaymentMethods[rng.Pick(Codes.PaymentMethodWeights)];
        var payer = Payer.Good;
        var previousType = ServiceTimeline.NotYetAssigned;
        long arrears = 0;
        var actions = 0;
        var monthsLived = 0;
        for (var month = Days.FirstOfMonth(life.Opened); month <= lastMonth; month = Days.FirstOfNextMonth(month))
        {
            var type = life.IsActive(month) ? life.Timeline.TypeAt(month) : ServiceTimeline.NotYetAssigned;
            if (type != ServiceTimeline.NotYetAssigned)
            {
                // A yearly reassessment moves the calculation a little.
                if (++monthsLived % 12 == 0) amount = (long)(amount * rng.Uniform(0.92, 1.12));
                var due = rng.Chance(ZeroDueMonthShare) ? 0 : amount;
                WriteLiability(life.Id, month, due);
                if (type == ServiceTimeline.CollectAndPay)
                {
                    if (previousType != ServiceTimeline.CollectAndPay || rng.Chance(PayerChangeChancePerMonth))
                        payer = (Payer)rng.Pick(PayerWeights);
                    var paid = due > 0 ? PayCurrent(life, rng, month, due, payer, method) : 0;
                    arrears += due - paid > 0 ? due - paid : 0;
                    if (arrears > 0 && payer == Payer.Good && rng.Chance(ArrearsPaymentChance))
                        arrears -= PayArrears(life, rng, month, arrears, method);
                    if (payer == Payer.Non && arrears > 2 * amount && actions < MaxEnforcementActions && rng.Chance(EnforcementChancePerMonth))
                    {
                        actions++;
                        if (Enforce(life, rng, month)) payer = Payer.Good;
                    }
                }
            }
            previousType = type;
            var monthEnd = Days.FirstOfNextMonth(month) - 1;
            if (arrears > 0 && life.IsActive(monthEnd) && monthEnd <= window.Last)
            {
                var row = output.ArrearsBalances;
                row.Int(life.Id);
                row.Date(monthEnd);
                row.Int(arrears);
                row.EndRow();
            }
        }
    }

    private void WriteLiability(long caseGroupId, int month, long due)
    {
        var row = output.Liabilities;
        row.Int(caseGroupId);
        row.Date(month);
        row.Int(due);
        row.EndRow();
    }

    private long PayCurrent(CaseGroupLife life, Prng rng, int month, long due, Payer payer, byte[] method)
    {
        var (chance, low, high) = payer switch
        {
            Payer.Good => (0.985, 0.95, 1.08),
            Payer.Partial => (0.7, 0.2, 0.85),
            _ => (0.04, 0.1, 0.6),
        };
        if (!rng.Chance(chance)) return 0;
        var paid = Math.Max(1, (long)(due * rng.Uniform(low, high)));
        WritePayment(life, rng, month, paid, method, Codes.CurrentMaintenance);
        return paid;
    }

    private long PayArrears(CaseGroupLife life, Prng rng, int month, long arrears, byte[] method)
    {
        var paid = Math.Min(arrears, Math.Max(1000, life.MonthlyAmount / 5));
        WritePayment(life, rng, month, paid, method, Codes.Arrears);
        return paid;
    }

    private void WritePayment(CaseGroupLife life, Prng rng, int month, long amount, byte[] method, ReadOnlySpan<byte> allocation)
    {
        var row = output.Payments;
        row.Int(++ids.Payment);
        row.Int(life.Id);
        row.Date(DayInMonth(life, rng, month));
        row.Int(amount);
        row.Code(method);
        row.Code(allocation);
        row.EndRow();
    }

    /// <summary>
    /// A day of the month that is still within the extract, the case group's life and its current
    /// service-type row (so Collect and Pay money is never dated after a move to Direct Pay).
    /// </summary>
    private int DayInMonth(CaseGroupLife life, Prng rng, int month)
    {
        var latest = Math.Min(Math.Min(life.ActiveEnd, life.Timeline.EndOfRowAt(month)) - 1, window.Last);
        return Math.Min(month + rng.Between(0, 27), latest);
    }

    /// <summary>Writes one enforcement action; true when it is a granted deduction that turns the payer into a regular one.</summary>
    private bool Enforce(CaseGroupLife life, Prng rng, int month)
    {
        var applied = DayInMonth(life, rng, month);
        var type = rng.Pick(Codes.EnforcementActionWeights);
        var outcome = applied > window.Last - 90 && rng.Chance(0.7) ? Codes.Pending : rng.Pick(Codes.SettledEnforcementOutcomeWeights);
        int? ended = null;
        if (outcome == Codes.Granted)
        {
            if (rng.Chance(0.5)) ended = applied + rng.Between(60, 900);
        }
        else if (outcome != Codes.Pending) ended = applied + rng.Between(1, 45);
        if (ended > window.Last) ended = null;
        var row = output.EnforcementActions;
        row.Int(++ids.EnforcementAction);
        row.Int(life.Id);
        row.Code(Codes.EnforcementActionTypes[type]);
        row.Date(applied);
        row.Code(Codes.EnforcementOutcomes[outcome]);
        row.NullableDate(ended);
        row.EndRow();
        // The first three action types are deductions at source: once granted, money arrives.
        return outcome == Codes.Granted && type <= 2 && rng.Chance(0.5);
    }
}
