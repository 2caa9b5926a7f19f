using Attain.Core.Membership;
using Attain.Core.Model;
using CsCheck;

namespace Attain.Core.Tests.Membership;

/// <summary>
/// SPEC §6 as properties over random histories: monthly-ish evaluations of random levels, and random operator decisions.
/// Each history is replayed on every day of its span.
/// </summary>
public sealed class MembershipProperties
{
    private static readonly DateOnly Start = new(2025, 1, 1);
    private const int Span = 3 * 366;

    private static readonly Gen<RecordedEvaluation> Evaluation =
        from day in Gen.Int[0, Span]
        from rank in Gen.Int[0, 2]
        select new RecordedEvaluation(Start.AddDays(day), rank == 0 ? null : Ledger.Levels[rank - 1]);

    private static readonly Gen<Func<long, OperatorDecision>> Decision =
        from kind in Gen.Int[0, 3]
        from day in Gen.Int[0, Span]
        from length in Gen.Int[1, 365]
        from rank in Gen.Int[0, 1]
        from target in Gen.Int[1, 6]
        select new Func<long, OperatorDecision>(sequence =>
        {
            var effective = Start.AddDays(day);
            var stamp = DateTimeOffset.UnixEpoch;
            return kind switch
            {
                0 => new DemotionApproved(sequence, effective, stamp, "op", "why"),
                1 => new DemotionDeferred(sequence, effective, effective.AddDays(length), stamp, "op", "why"),
                2 => new OverrideGranted(sequence, Ledger.Levels[rank], effective, effective.AddDays(length), stamp, "op", "why"),
                _ => new OverrideRevoked(sequence, target, effective, stamp, "op", "why"),
            };
        });

    private static readonly Gen<(RecordedEvaluation[] Evaluations, OperatorDecision[] Decisions)> History =
        from evaluations in Evaluation.Array[0, 40]
        from decisions in Decision.Array[0, 6]
        select (evaluations, decisions.Select((decision, index) => decision(index + 1)).ToArray());

    [Fact]
    public void A_level_never_drops_without_an_approved_demotion_and_never_before_its_anniversary_plus_30_days()
    {
        History.Sample(history =>
        {
            PartnerMembership? yesterday = null;
            for (var offset = 0; offset <= Span; offset += 1)
            {
                var day = Start.AddDays(offset);
                var today = MembershipLedger.Replay(Ledger.Levels, history.Evaluations, history.Decisions, day);
                if (yesterday is not null && Rank(today.BaseLevel) < Rank(yesterday.BaseLevel))
                {
                    Assert.Contains(today.Transitions, step => step.On == day && step.Kind == MembershipTransitionKind.Demoted);
                    Assert.True(day > yesterday.Anniversary!.Value.AddDays(RenewalWindow.Days), $"dropped on {day}, anniversary {yesterday.Anniversary}");
                }

                if (yesterday is not null && Rank(today.HeldLevel) < Rank(yesterday.HeldLevel))
                {
                    Assert.True(
                        today.Transitions.Any(step => step.On == day && step.Kind == MembershipTransitionKind.Demoted)
                        || yesterday.Override is { } ended && !ended.IsActiveOn(day) || today.Overrides.Any(item => item.Until == day),
                        $"held level dropped on {day} with neither a demotion nor an override ending");
                }

                yesterday = today;
            }
        }, iter: 60);
    }

    [Fact]
    public void An_override_lifts_the_held_level_to_at_least_its_level_while_it_lasts()
    {
        History.Sample(history =>
        {
            for (var offset = 0; offset <= Span; offset += 7)
            {
                var day = Start.AddDays(offset);
                var membership = MembershipLedger.Replay(Ledger.Levels, history.Evaluations, history.Decisions, day);
                foreach (var active in membership.Overrides.Where(item => item.IsActiveOn(day)))
                {
                    Assert.True(Rank(membership.HeldLevel) >= Rank(active.Level), $"{day}: held {membership.HeldLevel}, override {active.Level}");
                }
            }
        }, iter: 100);
    }

    [Fact]
    public void A_pending_demotion_is_never_to_a_level_at_or_above_the_one_held()
    {
        History.Sample(history =>
        {
            for (var offset = 0; offset <= Span; offset += 5)
            {
                var membership = MembershipLedger.Replay(Ledger.Levels, history.Evaluations, history.Decisions, Start.AddDays(offset));
                if (membership.PendingDemotion is { } pending)
                {
                    Assert.True(Rank(pending.To) < Rank(pending.From));
                    Assert.Equal(membership.BaseLevel, pending.From);
                }
            }
        }, iter: 100);
    }

    private static int Rank(LevelId? level) => level is { } id ? Ledger.Levels.ToList().IndexOf(id) : -1;
}
