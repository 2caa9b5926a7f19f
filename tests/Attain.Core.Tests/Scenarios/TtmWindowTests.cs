using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Scenarios;

/// <summary>
/// SPEC §2, TTM window: the 12 whole calendar months before the as-of date's month. As of 2017-07-07 that
/// is 2016-07 … 2017-06: the as-of month itself and anything 13 months back are outside it.
/// </summary>
public sealed class TtmWindowTests
{
    [Fact]
    public void Window_as_of_2017_07_07_is_2016_07_to_2017_06_as_the_SPEC_example_says()
    {
        var evaluation = A.Partner("P1").In("US").EvaluatedOn("2017-07-07");

        Assert.Equal(new MonthRange(Day.Month("2016-07"), Day.Month("2017-06")), evaluation.TtmWindow);
        Assert.Equal(12, evaluation.RevenueByMonth.Count);
        Assert.Equal(Day.Month("2016-07"), evaluation.RevenueByMonth[0].Month);
        Assert.Equal(Day.Month("2017-06"), evaluation.RevenueByMonth[^1].Month);
    }

    [Theory]
    [InlineData("2017-07-01", "2016-07", "2017-06")] // first day of the month: the month is still not whole
    [InlineData("2017-07-31", "2016-07", "2017-06")]
    [InlineData("2017-06-30", "2016-06", "2017-05")]
    [InlineData("2018-01-15", "2017-01", "2017-12")] // across the turn of the year
    [InlineData("2017-12-31", "2016-12", "2017-11")]
    public void Window_is_the_12_whole_months_before_the_as_of_month(string asOf, string first, string last)
    {
        var evaluation = A.Partner("P1").In("US").EvaluatedOn(asOf);

        Assert.Equal(new MonthRange(Day.Month(first), Day.Month(last)), evaluation.TtmWindow);
    }

    [Fact]
    public void First_and_last_months_of_the_window_count_and_the_months_around_them_do_not()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam()
            .WithQualifyingRevenue("2016-06", 1_000_000m) // 13 months back: outside
            .WithQualifyingRevenue("2016-07", 40_000m) // first month of the window
            .WithQualifyingRevenue("2017-06", 60_000m) // last month of the window
            .WithQualifyingRevenue("2017-07", 1_000_000m) // the as-of month: not whole yet, outside
            .WithQualifyingRevenue("2017-08", 1_000_000m) // after the as-of date
            .EvaluatedOn("2017-07-07");

        Assert.Equal(new Usd(100_000m), evaluation.TtmRevenueUsd);
        Assert.Equal("silver", evaluation.LevelHeld());
        Assert.Equal(new Usd(40_000m), evaluation.RevenueByMonth[0].Amount);
        Assert.Equal(new Usd(60_000m), evaluation.RevenueByMonth[^1].Amount);
        Assert.All(evaluation.RevenueByMonth.Skip(1).SkipLast(1), figure => Assert.Equal(Usd.Zero, figure.Amount));
    }

    [Fact]
    public void Same_facts_give_a_different_level_a_month_later_as_the_window_moves()
    {
        var partner = A.Partner("P1").In("US").WithSilverTeam().WithQualifyingRevenue("2016-07", 100_000m);

        Assert.Equal("silver", partner.EvaluatedOn("2017-07-31").LevelHeld());
        Assert.Equal("none", partner.EvaluatedOn("2017-08-01").LevelHeld());
        Assert.Equal("none", partner.EvaluatedOn("2016-07-31").LevelHeld()); // 2016-07 not yet whole
        Assert.Equal("silver", partner.EvaluatedOn("2016-08-01").LevelHeld());
    }

    [Fact]
    public void Revenue_is_listed_month_by_month_with_the_DPOR_and_product_rules_applied()
    {
        var evaluation = A.Partner("P1").In("US").DporFor("C1", "2016-09-20")
            .WithRevenue("C1", "2016-08", 5m)
            .WithRevenue("C1", "2016-09", 7m)
            .WithRevenue("C1", "2016-09", 11m, "d365-plan1")
            .WithRevenue("C1", "2016-09", 13m, "azure")
            .EvaluatedOn("2017-07-07");

        Assert.Equal(
            [0m, 0m, 18m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m],
            evaluation.RevenueByMonth.Select(figure => figure.Amount.Amount));
    }
}
