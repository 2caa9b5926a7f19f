using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Membership;

/// <summary>Writes a partner's evaluations and the operator's decisions the way SPEC §6 tells them, then replays them.</summary>
public sealed class Ledger
{
    public static readonly IReadOnlyList<LevelId> Levels = [new("silver"), new("gold")];

    private readonly List<RecordedEvaluation> _evaluations = [];
    private readonly List<OperatorDecision> _decisions = [];

    public Ledger Evaluated(string asOf, string? level)
    {
        _evaluations.Add(new RecordedEvaluation(Day.Of(asOf), level is null ? null : new LevelId(level)));
        return this;
    }

    /// <summary>An evaluation on the first of every month from <paramref name="from"/> to <paramref name="through"/>, all qualifying for <paramref name="level"/>.</summary>
    public Ledger EvaluatedMonthly(string from, string through, string? level)
    {
        for (var day = Day.Of(from); day <= Day.Of(through); day = day.AddMonths(1))
        {
            _evaluations.Add(new RecordedEvaluation(day, level is null ? null : new LevelId(level)));
        }

        return this;
    }

    public Ledger Approved(string on) => Decide(sequence => new DemotionApproved(sequence, Day.Of(on), Stamp, "operator", "approved"));

    public Ledger Deferred(string on, string until) =>
        Decide(sequence => new DemotionDeferred(sequence, Day.Of(on), Day.Of(until), Stamp, "operator", "deferred"));

    public Ledger Overridden(string level, string from, string until) =>
        Decide(sequence => new OverrideGranted(sequence, new LevelId(level), Day.Of(from), Day.Of(until), Stamp, "operator", "exam not yet recognised"));

    public Ledger Revoked(long overrideSequence, string on) =>
        Decide(sequence => new OverrideRevoked(sequence, overrideSequence, Day.Of(on), Stamp, "operator", "recognised"));

    public IReadOnlyList<OperatorDecision> Decisions => _decisions;

    public PartnerMembership On(string asOf) => MembershipLedger.Replay(Levels, _evaluations, _decisions, Day.Of(asOf));

    private static DateTimeOffset Stamp => new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private Ledger Decide(Func<long, OperatorDecision> decision)
    {
        _decisions.Add(decision(_decisions.Count + 1));
        return this;
    }
}
