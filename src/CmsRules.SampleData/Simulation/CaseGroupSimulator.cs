using CmsRules.SampleData.Geography;
using CmsRules.SampleData.Output;

namespace CmsRules.SampleData.Simulation;

/// <summary>
/// Simulates one case group at a time, from its opening to its closure or the extract date, and writes
/// its rows of every table straight out. Each case group draws from its own PRNG stream (seed, index),
/// so the output depends only on the arguments; the only state carried between case groups is the id
/// counters and small rings of recent people.
/// </summary>
internal sealed class CaseGroupSimulator
{
    private const ulong CaseGroupStream = 1;
    /// <summary>Share of case groups that came over from the CSA, when the window covers the transition.</summary>
    private const double TransitionShare = 0.2;
    /// <summary>Mean life of a case group; with uniform openings this gives a caseload that grows then levels off.</summary>
    private const double MeanLifeDays = 6 * 365.25;
    private const double MeanDaysUnassigned = 38;
    private const double ConstituencyUnknownShare = 0.03;
    private const double PayingParentInAnotherCaseGroup = 0.08;
    private const double ReceivingParentInAnotherCaseGroup = 0.03;
    private const double ChildInAnotherCaseGroup = 0.04;
    /// <summary>Cumulative: 64% have one child, 26% two, 8% three, 2% four (about 1.4 children per active case group).</summary>
    private static readonly double[] ChildCountWeights = [64, 90, 98, 100];

    private readonly Window _window;
    private readonly ulong _seed;
    private readonly ExtractWriter _out;
    private readonly IdCounters _ids = new();
    private readonly Prng _rng = new(0, 0, 0);
    private readonly CaseGroupLife _life = new();
    private readonly RecentIds _recentChildren = new(4096);
    private readonly RecentIds _recentPayingParents = new(4096);
    private readonly RecentIds _recentReceivingParents = new(4096);
    private readonly ApplicationSimulator _applications;
    private readonly MoneySimulator _money;
    private readonly CaseEventsSimulator _events;
    private readonly LegacyArrearsSimulator _legacy;
    private readonly double[] _regionWeights;

    public CaseGroupSimulator(Window window, ulong seed, ExtractWriter output)
    {
        _window = window;
        _seed = seed;
        _out = output;
        _applications = new ApplicationSimulator(window, output.Applications, _ids);
        _money = new MoneySimulator(window, output, _ids);
        _events = new CaseEventsSimulator(window, output, _ids);
        _legacy = new LegacyArrearsSimulator(output);
        _regionWeights = new double[GreatBritain.Regions.Count];
        double total = 0;
        for (var i = 0; i < _regionWeights.Length; i++) _regionWeights[i] = total += GreatBritain.Regions[i].PopulationShare;
    }

    public void Simulate(long index)
    {
        _rng.Reseed(_seed, CaseGroupStream, (ulong)index);
        DrawLife(index + 1);
        WriteCaseGroup();
        WriteServiceTypes();
        WriteChildren();
        _applications.Simulate(_life, _rng);
        _money.Simulate(_life, _rng);
        _events.Simulate(_life, _rng);
        if (_life.IsTransition) _legacy.Simulate(_life, _rng);
    }

    private void DrawLife(long id)
    {
        var life = _life;
        life.Id = id;
        var transitionFrom = Math.Max(Window.TransitionStart, _window.First);
        var transitionTo = Math.Min(Window.TransitionEnd, _window.Last);
        life.IsTransition = transitionFrom <= transitionTo && _rng.Chance(TransitionShare);
        life.Opened = life.IsTransition ? _rng.Between(transitionFrom, transitionTo) : _rng.Between(_window.First, _window.Last);
        var closes = life.Opened + 30 + (long)_rng.Exponential(MeanLifeDays);
        life.IsClosed = closes <= _window.Last;
        life.ActiveEnd = life.IsClosed ? (int)closes : _window.Last + 1;
        var assignedFrom = life.Opened + 7 + Math.Min(120, (int)_rng.Exponential(MeanDaysUnassigned));
        life.Timeline.Build(_rng, assignedFrom, life.ActiveEnd, life.IsClosed);
        life.MonthlyAmount = Math.Clamp((long)Math.Exp(Math.Log(21_000) + 0.65 * _rng.Normal()), 500, 250_000);
    }

    private void WriteCaseGroup()
    {
        var life = _life;
        var row = _out.CaseGroups;
        row.Int(life.Id);
        row.Int(Person(_recentPayingParents, PayingParentInAnotherCaseGroup));
        row.Int(Person(_recentReceivingParents, ReceivingParentInAnotherCaseGroup));
        row.Date(life.Opened);
        if (life.IsClosed)
        {
            row.Date(life.ActiveEnd);
            var lastType = life.Timeline.TypeAt(life.ActiveEnd - 1);
            var weights = lastType == ServiceTimeline.DirectPay ? Codes.ClosureWeightsDirectPay : Codes.ClosureWeightsOther;
            row.Code(Codes.ClosureReasons[_rng.Pick(weights)]);
        }
        else
        {
            row.Null();
            row.Null();
        }
        row.Code(life.IsTransition ? Codes.CsaTransition : Codes.NewApplication);
        var region = _rng.Pick(_regionWeights);
        var regionCode = GreatBritain.Regions[region].Code;
        life.InScotland = regionCode[0] == 'S';
        row.Code(GreatBritain.RegionCodesUtf8[region]);
        if (_rng.Chance(ConstituencyUnknownShare)) row.Null();
        else row.Code(GreatBritain.ConstituencyCodesUtf8[GreatBritain.FirstConstituencyOfRegion[region] + _rng.Between(0, GreatBritain.Regions[region].Seats - 1)]);
        row.EndRow();
    }

    private long Person(RecentIds recent, double reuseShare)
    {
        if (!recent.IsEmpty && _rng.Chance(reuseShare)) return recent.Pick(_rng);
        var id = ++_ids.Person;
        recent.Add(id);
        return id;
    }

    private void WriteServiceTypes()
    {
        var timeline = _life.Timeline;
        var row = _out.ServiceTypeHistory;
        for (var i = 0; i < timeline.Count; i++)
        {
            row.Int(_life.Id);
            row.Date(timeline.From(i));
            if (timeline.To(i) == int.MaxValue) row.Null();
            else row.Date(timeline.To(i));
            row.Code(timeline.Type(i) == ServiceTimeline.DirectPay ? Codes.DirectPay : Codes.CollectAndPay);
            row.EndRow();
        }
    }

    private void WriteChildren()
    {
        var life = _life;
        var count = _rng.Pick(ChildCountWeights) + 1;
        var reusedSlot = !_recentChildren.IsEmpty && _rng.Chance(ChildInAnotherCaseGroup) ? _rng.Between(0, count - 1) : -1;
        var reused = reusedSlot >= 0 ? _recentChildren.Pick(_rng) : 0;
        for (var slot = 0; slot < count; slot++)
        {
            long childId;
            if (slot == reusedSlot) childId = reused;
            else _recentChildren.Add(childId = ++_ids.Child);
            // Open rows run to the day after the extract while simulating; they are written with an empty valid_to.
            var until = life.ActiveEnd;
            if (count > 1 && until - life.Opened > 2 && _rng.Chance(0.12)) until = _rng.Between(life.Opened + 1, until - 1);
            var band = _rng.Pick(Codes.SharedCareWeights);
            if (until - life.Opened > 2 && _rng.Chance(0.05))
            {
                var change = _rng.Between(life.Opened + 1, until - 1);
                WriteChild(childId, life.Opened, change, band);
                WriteChild(childId, change, until, _rng.Pick(Codes.SharedCareWeights));
            }
            else WriteChild(childId, life.Opened, until, band);
        }
    }

    private void WriteChild(long childId, int from, int until, int band)
    {
        var row = _out.Children;
        row.Int(childId);
        row.Int(_life.Id);
        row.Date(from);
        if (until > _window.Last) row.Null();
        else row.Date(until);
        row.Code(Codes.SharedCareBands[band]);
        row.EndRow();
    }
}
