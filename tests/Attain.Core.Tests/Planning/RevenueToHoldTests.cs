using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Planning;

/// <summary>
/// Issue 11: the net new revenue needed each month to hold the level, and the TTM figure projected month by month to
/// the lapse date. Checked against the engine itself: adding that amount every month keeps the level on every first of
/// the month for a year, and a cent less does not.
/// </summary>
public sealed class RevenueToHoldTests
{
    private const string AsOf = "2026-11-25"; // the current month is 2026-11

    public static TheoryData<string, decimal, string, decimal, decimal> Partners => new()
    {
        // Silver, developed (100,000): one big month in the window's third month; the third first of the month binds.
        { "2026-01", 100_000m, "2026-02", 0m, 33_333.34m },
        // 60,000 leaves first; on 2026-12-01 only 50,000 is left, so November alone must bring 50,000.
        { "2025-11", 60_000m, "2026-10", 50_000m, 50_000m },
        // Steady enough revenue: the last first of the month (nothing old left) binds, a twelfth of the threshold.
        { "2026-09", 60_000m, "2026-10", 60_000m, 8_333.34m },
    };

    [Theory]
    [MemberData(nameof(Partners))]
    public void The_amount_a_month_holds_the_level_for_a_year_and_a_cent_less_does_not(string month1, decimal amount1, string month2, decimal amount2, decimal perMonth)
    {
        var facts = Silver(month1, amount1, month2, amount2);
        var hold = CompetencyEvaluator.Evaluate(ShippedCatalog.Instance, facts, Day.Of(AsOf)).Lapse!.RevenueToHold!;

        Assert.Equal(new Usd(perMonth), hold.PerMonth);
        Assert.Equal((Day.Month("2026-11"), Day.Month("2027-10"), new Usd(100_000m)), (hold.From, hold.Through, hold.Threshold));
        Assert.True(HoldsEveryMonth(facts, hold.PerMonth.Amount), "the amount does not hold the level");
        Assert.False(HoldsEveryMonth(facts, hold.PerMonth.Amount - 0.01m), "a cent less also holds it: not the least amount");
    }

    [Fact]
    public void The_projection_runs_month_by_month_to_the_lapse_date()
    {
        var evaluation = CompetencyEvaluator.Evaluate(ShippedCatalog.Instance, Silver("2025-12", 70_000m, "2026-03", 40_000m), Day.Of(AsOf));

        Assert.Equal(Day.Of("2027-01-01"), evaluation.Lapse!.On);
        Assert.Equal(
            [(Day.Of("2026-12-01"), 110_000m), (Day.Of("2027-01-01"), 40_000m)],
            evaluation.Lapse.Projection!.Select(point => (point.On, point.Ttm.Amount)).ToArray());
    }

    private static PartnerFacts Silver(string month1, decimal amount1, string month2, decimal amount2) =>
        A.Partner("P1").In("US").WithSilverTeam().WithQualifyingRevenue(month1, amount1).WithQualifyingRevenue(month2, amount2).Build();

    // Each first of the month of the next year, with the amount added to every month from the current one until then.
    private static bool HoldsEveryMonth(PartnerFacts facts, decimal perMonth)
    {
        for (var ahead = 1; ahead <= 12; ahead++)
        {
            var day = Day.Month("2026-11").Plus(ahead).FirstDay;
            var added = Enumerable.Range(0, ahead).Select(offset => new MonthlyRevenue(new CustomerId(PartnerBuilder.DporCustomer), new ProductCode(PartnerBuilder.CrmOnline), Day.Month("2026-11").Plus(offset), new Usd(perMonth)));
            var evaluation = CompetencyEvaluator.Evaluate(ShippedCatalog.Instance, facts with { Revenue = [.. facts.Revenue, .. added] }, day);
            if (!evaluation.Revenue("silver").Met)
            {
                return false;
            }
        }

        return true;
    }
}
