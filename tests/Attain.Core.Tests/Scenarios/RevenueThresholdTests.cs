using System.Globalization;
using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Scenarios;

/// <summary>
/// SPEC §1, the revenue rows: TTM net new revenue ≥ US$100,000 (Silver) / 300,000 (Gold) in a developed
/// market, ≥ 50,000 / 150,000 in a developing one. A threshold is met at exactly its figure (SPEC §2).
/// Every partner here has Gold's people, so the revenue alone decides the level.
/// </summary>
public sealed class RevenueThresholdTests
{
    private const string AsOf = "2017-07-07";

    [Theory]
    // country (market),  TTM revenue,  level held
    [InlineData("US", "100000.00", "silver")]
    [InlineData("US", "99999.99", "none")]
    [InlineData("US", "300000.00", "gold")]
    [InlineData("US", "299999.99", "silver")]
    [InlineData("IN", "50000.00", "silver")]
    [InlineData("IN", "49999.99", "none")]
    [InlineData("IN", "150000.00", "gold")]
    [InlineData("IN", "149999.99", "silver")]
    public void Level_is_met_at_exactly_the_markets_threshold_and_not_a_cent_below(string country, string revenue, string level)
    {
        var evaluation = A.Partner("P1").In(country).WithGoldTeam()
            .WithQualifyingRevenue("2017-01", decimal.Parse(revenue, CultureInfo.InvariantCulture))
            .EvaluatedOn(AsOf);

        Assert.Equal(level, evaluation.LevelHeld());
    }

    [Fact]
    public void Silver_developed_at_exactly_100000_is_met_with_no_shortfall()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam().WithQualifyingRevenue("2017-01", 100_000m).EvaluatedOn(AsOf);

        var revenue = evaluation.Revenue("silver");
        Assert.True(revenue.Met);
        Assert.Equal(Market.Developed, revenue.Market);
        Assert.Equal(new Usd(100_000m), revenue.Found);
        Assert.Equal(new Usd(100_000m), revenue.Required);
        Assert.Equal(Usd.Zero, revenue.Shortfall);
        Assert.Equal("silver", evaluation.LevelHeld());
    }

    [Fact]
    public void Silver_developed_one_cent_below_is_not_met_and_the_shortfall_is_one_cent()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam().WithQualifyingRevenue("2017-01", 99_999.99m).EvaluatedOn(AsOf);

        var revenue = evaluation.Revenue("silver");
        Assert.False(revenue.Met);
        Assert.Equal(new Usd(99_999.99m), revenue.Found);
        Assert.Equal(new Usd(0.01m), revenue.Shortfall);
        Assert.Equal("none", evaluation.LevelHeld());
    }

    [Fact]
    public void Gold_developed_at_300000_is_met_and_Gold_is_held()
    {
        var evaluation = A.Partner("P1").In("US").WithGoldTeam().WithQualifyingRevenue("2017-01", 300_000m).EvaluatedOn(AsOf);

        var revenue = evaluation.Revenue("gold");
        Assert.True(revenue.Met);
        Assert.Equal(new Usd(300_000m), revenue.Required);
        Assert.Equal("gold", evaluation.LevelHeld());
    }

    [Fact]
    public void Gold_developing_requires_150000_and_Silver_developing_50000()
    {
        var evaluation = A.Partner("P1").In("IN").WithGoldTeam().WithQualifyingRevenue("2017-01", 149_999.99m).EvaluatedOn(AsOf);

        Assert.Equal(Market.Developing, evaluation.Market);
        Assert.Equal(new Usd(50_000m), evaluation.Revenue("silver").Required);
        Assert.Equal(new Usd(150_000m), evaluation.Revenue("gold").Required);
        Assert.False(evaluation.Revenue("gold").Met);
        Assert.Equal(new Usd(0.01m), evaluation.Revenue("gold").Shortfall);
        Assert.Equal("silver", evaluation.LevelHeld());
    }

    [Fact]
    public void Threshold_is_compared_with_the_exact_decimal_sum_of_the_months()
    {
        // 12 × 8,333.33 = 99,999.96: four cents short, whatever floating point would round it to.
        var partner = A.Partner("P1").In("US").WithSilverTeam();
        foreach (var month in new[] { "2016-07", "2016-08", "2016-09", "2016-10", "2016-11", "2016-12", "2017-01", "2017-02", "2017-03", "2017-04", "2017-05", "2017-06" })
        {
            partner.WithQualifyingRevenue(month, 8_333.33m);
        }

        var shortByFourCents = partner.EvaluatedOn(AsOf);
        var topped = partner.WithQualifyingRevenue("2017-06", 0.04m).EvaluatedOn(AsOf);

        Assert.Equal(new Usd(99_999.96m), shortByFourCents.TtmRevenueUsd);
        Assert.Equal(new Usd(0.04m), shortByFourCents.Revenue("silver").Shortfall);
        Assert.Equal("none", shortByFourCents.LevelHeld());
        Assert.Equal(new Usd(100_000.00m), topped.TtmRevenueUsd);
        Assert.Equal("silver", topped.LevelHeld());
    }
}
