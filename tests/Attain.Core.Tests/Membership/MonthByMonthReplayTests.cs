using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Membership;

/// <summary>A program evaluated on the first of each month for three years: every transition of SPEC §6 in turn.</summary>
public sealed class MonthByMonthReplayTests
{
    [Fact]
    public void A_partner_attains_keeps_renews_attains_higher_lapses_and_waits_for_the_operator()
    {
        var ledger = new Ledger()
            .EvaluatedMonthly("2025-01-01", "2025-03-01", null)
            .EvaluatedMonthly("2025-04-01", "2025-09-01", "silver")   // attains Silver on 2025-04-01
            .EvaluatedMonthly("2025-10-01", "2026-03-01", null)       // keeps Silver though it no longer qualifies
            .EvaluatedMonthly("2026-04-01", "2026-07-01", "silver")   // renews on the anniversary 2026-04-01
            .EvaluatedMonthly("2026-08-01", "2026-10-01", "gold")     // attains Gold on 2026-08-01
            .EvaluatedMonthly("2026-11-01", "2027-09-01", "silver");  // Gold's window [2027-08-01, 2027-08-31] passes: lapse

        var expected = new (string Day, string? Held, string? Anniversary, bool Pending)[]
        {
            ("2025-03-15", null, null, false),
            ("2025-04-01", "silver", "2026-04-01", false),
            ("2026-03-31", "silver", "2026-04-01", false),
            ("2026-04-01", "silver", "2027-04-01", false),
            ("2026-08-01", "gold", "2027-08-01", false),
            ("2027-08-31", "gold", "2027-08-01", false),
            ("2027-09-01", "gold", "2027-08-01", true),
        };

        foreach (var (day, held, anniversary, pending) in expected)
        {
            var membership = ledger.On(day);
            Assert.True(membership.HeldLevel == (held is null ? null : new LevelId(held)), $"{day}: held {membership.HeldLevel}");
            Assert.Equal(Day.OfOptional(anniversary), membership.Anniversary);
            Assert.Equal(pending, membership.PendingDemotion is not null);
        }

        Assert.Equal(
            [MembershipTransitionKind.Attained, MembershipTransitionKind.Renewed, MembershipTransitionKind.Attained, MembershipTransitionKind.Lapsed],
            ledger.On("2027-09-15").Transitions.Select(step => step.Kind));
        Assert.Equal(new LevelId("silver"), ledger.On("2027-09-15").PendingDemotion!.To);
    }
}
