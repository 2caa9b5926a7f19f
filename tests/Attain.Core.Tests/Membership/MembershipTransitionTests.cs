using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Membership;

/// <summary>SPEC §6, each rule of membership by name: attain, keep, renew, attain higher, lapse, re-attain, approve, defer, override.</summary>
public sealed class MembershipTransitionTests
{
    private static readonly LevelId Silver = new("silver");
    private static readonly LevelId Gold = new("gold");

    [Fact]
    public void Attain_holds_the_level_from_the_evaluation_with_the_anniversary_a_year_later()
    {
        var membership = new Ledger().Evaluated("2026-01-10", null).Evaluated("2026-02-10", "silver").On("2026-03-01");

        Assert.Equal(Silver, membership.HeldLevel);
        Assert.Equal(Day.Of("2026-02-10"), membership.AttainedOn);
        Assert.Equal(Day.Of("2027-02-10"), membership.Anniversary);
        Assert.Equal(Silver, membership.QualifyingLevel);
        Assert.Equal(MembershipTransitionKind.Attained, Assert.Single(membership.Transitions).Kind);
    }

    [Fact]
    public void Attained_on_29_February_has_its_anniversary_on_28_February()
    {
        var membership = new Ledger().Evaluated("2028-02-29", "gold").On("2028-03-01");

        Assert.Equal(Day.Of("2029-02-28"), membership.Anniversary);
    }

    [Fact]
    public void Keep_a_held_level_until_its_anniversary_whatever_later_evaluations_show()
    {
        var membership = new Ledger().Evaluated("2026-02-10", "gold").EvaluatedMonthly("2026-03-01", "2027-02-01", null).On("2027-02-09");

        Assert.Equal(Gold, membership.HeldLevel);
        Assert.Null(membership.QualifyingLevel);
        Assert.Null(membership.PendingDemotion);
        Assert.Equal(Day.Of("2026-02-10"), membership.AttainedOn);
    }

    [Fact]
    public void Renew_with_the_first_evaluation_in_the_window_that_qualifies_for_the_held_level()
    {
        var membership = new Ledger()
            .Evaluated("2026-02-10", "silver")
            .Evaluated("2027-02-01", null)      // before the window: changes nothing
            .Evaluated("2027-02-15", "silver")  // in [2027-02-10, 2027-03-12]: renews
            .Evaluated("2027-03-01", "silver")  // the window now is next year's
            .On("2027-03-20");

        Assert.Equal(Silver, membership.HeldLevel);
        Assert.Equal(Day.Of("2028-02-10"), membership.Anniversary);
        Assert.Equal(Day.Of("2027-02-15"), membership.RenewedOn);
        Assert.Equal(Day.Of("2026-02-10"), membership.AttainedOn);
        Assert.Equal([MembershipTransitionKind.Attained, MembershipTransitionKind.Renewed], membership.Transitions.Select(step => step.Kind));
    }

    [Fact]
    public void Renew_on_the_last_day_of_the_window_but_the_day_after_it_lapses_and_reattains()
    {
        var lastDay = new Ledger().Evaluated("2026-02-10", "silver").Evaluated("2027-03-12", "silver").On("2027-03-20");
        var dayAfter = new Ledger().Evaluated("2026-02-10", "silver").Evaluated("2027-03-13", "silver").On("2027-03-20");

        Assert.Equal(Day.Of("2028-02-10"), lastDay.Anniversary);
        Assert.Equal(MembershipTransitionKind.Renewed, lastDay.Transitions[^1].Kind);
        Assert.Equal(Day.Of("2027-03-13"), dayAfter.AttainedOn);
        Assert.Equal(Day.Of("2028-03-13"), dayAfter.Anniversary);
        Assert.Equal(
            [MembershipTransitionKind.Attained, MembershipTransitionKind.Lapsed, MembershipTransitionKind.Reattained],
            dayAfter.Transitions.Select(step => step.Kind));
    }

    [Fact]
    public void Renew_on_the_anniversary_itself()
    {
        var membership = new Ledger().Evaluated("2026-02-10", "silver").Evaluated("2027-02-10", "silver").On("2027-02-11");

        Assert.Equal(Day.Of("2028-02-10"), membership.Anniversary);
    }

    [Fact]
    public void Attain_higher_while_holding_a_level_starts_a_new_year_from_that_evaluation()
    {
        var membership = new Ledger().Evaluated("2026-02-10", "silver").Evaluated("2026-06-01", "gold").On("2026-07-01");

        Assert.Equal(Gold, membership.HeldLevel);
        Assert.Equal(Day.Of("2026-06-01"), membership.AttainedOn);
        Assert.Equal(Day.Of("2027-06-01"), membership.Anniversary);
    }

    [Fact]
    public void Attain_higher_in_the_renewal_window_attains_rather_than_renews()
    {
        var membership = new Ledger().Evaluated("2026-02-10", "silver").Evaluated("2027-02-20", "gold").On("2027-03-01");

        Assert.Equal(Gold, membership.HeldLevel);
        Assert.Equal(Day.Of("2027-02-20"), membership.AttainedOn);
        Assert.Equal(MembershipTransitionKind.Attained, membership.Transitions[^1].Kind);
    }

    [Fact]
    public void Lapse_when_the_window_closes_makes_the_demotion_pending_and_the_level_is_kept()
    {
        var membership = new Ledger().Evaluated("2026-02-10", "gold").Evaluated("2027-02-15", "silver").Evaluated("2027-03-01", "silver").On("2027-03-20");

        Assert.Equal(Gold, membership.HeldLevel);
        Assert.Equal(new PendingDemotion(Gold, Silver, Day.Of("2027-03-13"), null), membership.PendingDemotion);
        Assert.Equal(new MembershipTransition(Day.Of("2027-03-13"), MembershipTransitionKind.Lapsed, Gold, Silver), membership.Transitions[^1]);
    }

    [Fact]
    public void Lapse_is_not_pending_on_the_windows_last_day()
    {
        var membership = new Ledger().Evaluated("2026-02-10", "gold").Evaluated("2027-02-15", "silver").On("2027-03-12");

        Assert.Null(membership.PendingDemotion);
    }

    [Fact]
    public void Lapse_follows_the_latest_evaluation_while_the_demotion_waits()
    {
        var membership = new Ledger().Evaluated("2026-02-10", "gold").Evaluated("2027-02-15", "silver").Evaluated("2027-04-01", null).On("2027-04-02");

        Assert.Equal(Gold, membership.PendingDemotion!.From);
        Assert.Null(membership.PendingDemotion.To);
    }

    [Fact]
    public void Lapse_without_any_evaluation_in_the_window_targets_the_level_below()
    {
        var membership = new Ledger().Evaluated("2026-02-10", "gold").Evaluated("2027-01-01", "gold").Evaluated("2027-04-01", null).On("2027-03-20");

        Assert.Equal(new PendingDemotion(Gold, Silver, Day.Of("2027-03-13"), null), membership.PendingDemotion);
    }

    [Fact]
    public void Reattain_with_an_evaluation_that_qualifies_for_the_held_level_while_the_demotion_waits()
    {
        var membership = new Ledger().Evaluated("2026-02-10", "gold").Evaluated("2027-02-15", "silver").Evaluated("2027-04-01", "gold").On("2027-04-02");

        Assert.Null(membership.PendingDemotion);
        Assert.Equal(Gold, membership.HeldLevel);
        Assert.Equal(Day.Of("2027-04-01"), membership.AttainedOn);
        Assert.Equal(Day.Of("2028-04-01"), membership.Anniversary);
        Assert.Equal(MembershipTransitionKind.Reattained, membership.Transitions[^1].Kind);
    }

    [Fact]
    public void Approve_applies_the_lower_level_from_the_approval_with_a_new_anniversary()
    {
        var membership = new Ledger().Evaluated("2026-02-10", "gold").Evaluated("2027-02-15", "silver").Approved("2027-03-20").On("2027-04-01");

        Assert.Equal(Silver, membership.HeldLevel);
        Assert.Equal(Day.Of("2027-03-20"), membership.AttainedOn);
        Assert.Equal(Day.Of("2028-03-20"), membership.Anniversary);
        Assert.Null(membership.PendingDemotion);
        Assert.Equal(new MembershipTransition(Day.Of("2027-03-20"), MembershipTransitionKind.Demoted, Gold, Silver), membership.Transitions[^1]);
    }

    [Fact]
    public void Approve_a_demotion_to_no_level_leaves_no_anniversary()
    {
        var membership = new Ledger().Evaluated("2026-02-10", "silver").Evaluated("2027-02-15", null).Approved("2027-03-20").On("2027-04-01");

        Assert.Null(membership.HeldLevel);
        Assert.Null(membership.AttainedOn);
        Assert.Null(membership.Anniversary);
    }

    [Fact]
    public void Approve_when_no_demotion_is_pending_is_ignored_on_replay_and_refused_when_recorded()
    {
        var ledger = new Ledger().Evaluated("2026-02-10", "gold").Approved("2026-06-01");
        var membership = ledger.On("2026-07-01");

        Assert.Equal(Gold, membership.HeldLevel);
        Assert.Equal([1L], membership.IgnoredDecisions);
        Assert.Equal(DecisionRefusal.NoPendingDemotion, DecisionRules.Check(ledger.Decisions[0], ledger.On("2026-06-01"), Ledger.Levels));
    }

    [Fact]
    public void Defer_keeps_the_level_until_the_deferral_ends_and_the_demotion_stays_listed_as_deferred()
    {
        var ledger = new Ledger().Evaluated("2026-02-10", "gold").Evaluated("2027-02-15", "silver").Deferred("2027-03-20", "2027-06-20");

        var during = ledger.On("2027-05-01");
        Assert.Equal(Gold, during.HeldLevel);
        Assert.Equal(Day.Of("2027-06-20"), during.PendingDemotion!.DeferredUntil);

        var after = ledger.On("2027-06-20");
        Assert.Equal(Gold, after.HeldLevel); // still waiting for the operator: a demotion is never automatic
        Assert.Null(after.PendingDemotion!.DeferredUntil);
    }

    [Fact]
    public void Override_lifts_the_held_level_while_it_lasts_and_only_then()
    {
        var ledger = new Ledger().Evaluated("2026-02-10", "silver").Overridden("gold", "2026-03-01", "2026-06-01");

        Assert.Equal(Silver, ledger.On("2026-02-28").HeldLevel);
        Assert.Equal(Gold, ledger.On("2026-03-01").HeldLevel);
        Assert.Equal(Gold, ledger.On("2026-05-31").HeldLevel);
        Assert.Equal(Silver, ledger.On("2026-06-01").HeldLevel);
        Assert.Equal(Silver, ledger.On("2026-05-31").BaseLevel);
    }

    [Fact]
    public void Override_below_the_held_level_does_not_lower_it()
    {
        var membership = new Ledger().Evaluated("2026-02-10", "gold").Overridden("silver", "2026-03-01", "2026-06-01").On("2026-04-01");

        Assert.Equal(Gold, membership.HeldLevel);
    }

    [Fact]
    public void Revoke_ends_an_override_from_its_day()
    {
        var ledger = new Ledger().Evaluated("2026-02-10", null).Overridden("silver", "2026-03-01", "2026-06-01").Revoked(1, "2026-04-15");

        Assert.Equal(new LevelId("silver"), ledger.On("2026-04-14").HeldLevel);
        Assert.Null(ledger.On("2026-04-15").HeldLevel);
        Assert.Equal(Day.Of("2026-04-15"), ledger.On("2026-04-15").Overrides.Single().Until);
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-01", DecisionRefusal.ExpiryNotAfterStart)]
    [InlineData("2026-03-01", "2026-02-01", DecisionRefusal.ExpiryNotAfterStart)]
    [InlineData("2026-03-01", "2027-03-02", DecisionRefusal.ExpiryBeyondTwelveMonths)]
    public void Override_periods_run_forward_and_at_most_twelve_months(string from, string until, DecisionRefusal refusal)
    {
        var ledger = new Ledger().Overridden("gold", from, until);

        Assert.Equal(refusal, DecisionRules.Check(ledger.Decisions[0], ledger.On(from), Ledger.Levels));
    }

    [Fact]
    public void Override_of_exactly_twelve_months_is_allowed_and_three_is_the_default()
    {
        var ledger = new Ledger().Overridden("gold", "2026-03-01", "2027-03-01");

        Assert.Null(DecisionRules.Check(ledger.Decisions[0], ledger.On("2026-03-01"), Ledger.Levels));
        Assert.Equal(Day.Of("2026-06-01"), DecisionRules.DefaultExpiry(Day.Of("2026-03-01")));
    }

    [Fact]
    public void Override_of_a_level_the_catalog_does_not_have_is_refused()
    {
        var ledger = new Ledger().Overridden("platinum", "2026-03-01", "2026-04-01");

        Assert.Equal(DecisionRefusal.UnknownLevel, DecisionRules.Check(ledger.Decisions[0], ledger.On("2026-03-01"), Ledger.Levels));
    }

    [Fact]
    public void Revoke_of_an_unknown_or_ended_override_is_refused()
    {
        var ledger = new Ledger().Overridden("gold", "2026-03-01", "2026-04-01").Revoked(7, "2026-03-15").Revoked(1, "2026-05-01");

        Assert.Equal(DecisionRefusal.UnknownOverride, DecisionRules.Check(ledger.Decisions[1], ledger.On("2026-03-15"), Ledger.Levels));
        Assert.Equal(DecisionRefusal.OverrideAlreadyEnded, DecisionRules.Check(ledger.Decisions[2], ledger.On("2026-05-01"), Ledger.Levels));
    }

    [Fact]
    public void The_same_evaluations_and_decisions_give_the_same_membership_in_any_input_order()
    {
        var forward = new Ledger().Evaluated("2026-02-10", "gold").Evaluated("2027-02-15", "silver").Deferred("2027-03-20", "2027-05-01").Approved("2027-05-02");
        var shuffled = new Ledger().Evaluated("2027-02-15", "silver").Evaluated("2026-02-10", "gold").Deferred("2027-03-20", "2027-05-01").Approved("2027-05-02");

        Assert.Equivalent(forward.On("2027-06-01"), shuffled.On("2027-06-01"), strict: true);
    }
}
