using Attain.Core.Model;

namespace Attain.Core.Membership;

/// <summary>
/// Replays a partner's evaluations (in as-of order) and the operator's decisions (by effective date, then log order)
/// into the level it holds (SPEC §6). Pure and deterministic: the same evaluations and decisions give the same
/// membership. On one day, evaluations come before decisions, so an operator acts on what that day's data showed.
/// </summary>
public static class MembershipLedger
{
    public static PartnerMembership Replay(
        IReadOnlyList<LevelId> levelsLowToHigh,
        IEnumerable<RecordedEvaluation> evaluations,
        IEnumerable<OperatorDecision> decisions,
        DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(levelsLowToHigh);
        ArgumentNullException.ThrowIfNull(evaluations);
        ArgumentNullException.ThrowIfNull(decisions);

        var replay = new MembershipReplay(levelsLowToHigh);
        using var pendingDecisions = decisions
            .Where(decision => decision.EffectiveOn <= asOf)
            .OrderBy(decision => decision.EffectiveOn)
            .ThenBy(decision => decision.Sequence)
            .GetEnumerator();
        var hasDecision = pendingDecisions.MoveNext();

        // OrderBy is stable: evaluations of one day keep the order they were recorded in.
        foreach (var evaluation in evaluations.Where(evaluation => evaluation.AsOf <= asOf).OrderBy(evaluation => evaluation.AsOf))
        {
            while (hasDecision && pendingDecisions.Current.EffectiveOn < evaluation.AsOf)
            {
                replay.Apply(pendingDecisions.Current);
                hasDecision = pendingDecisions.MoveNext();
            }

            replay.Apply(evaluation);
        }

        while (hasDecision)
        {
            replay.Apply(pendingDecisions.Current);
            hasDecision = pendingDecisions.MoveNext();
        }

        return replay.On(asOf);
    }
}
