using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Scenarios;

/// <summary>
/// SPEC §1–2: revenue is net (a reduction lowers the total) and only CRM Online and Dynamics 365 Plan 1 count.
/// </summary>
public sealed class NetRevenueTests
{
    private const string AsOf = "2017-07-07";

    [Fact]
    public void Negative_month_lowers_the_total_below_the_threshold()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam()
            .WithQualifyingRevenue("2017-01", 120_000m)
            .WithQualifyingRevenue("2017-02", -20_000.01m)
            .EvaluatedOn(AsOf);

        Assert.Equal(new Usd(99_999.99m), evaluation.TtmRevenueUsd);
        Assert.Equal(new Usd(-20_000.01m), evaluation.RevenueByMonth.Single(figure => figure.Month == Day.Month("2017-02")).Amount);
        Assert.Equal("none", evaluation.LevelHeld());
    }

    [Fact]
    public void Total_can_be_negative()
    {
        var evaluation = A.Partner("P1").In("US").WithQualifyingRevenue("2017-03", -500m).EvaluatedOn(AsOf);

        Assert.Equal(new Usd(-500m), evaluation.TtmRevenueUsd);
        Assert.Equal(new Usd(100_500m), evaluation.Revenue("silver").Shortfall);
    }

    [Theory]
    [InlineData("d365-plan2")]
    [InlineData("crm-on-premises")]
    [InlineData("office-365")]
    [InlineData("azure")]
    [InlineData("not-in-the-catalog")]
    public void Revenue_of_a_non_qualifying_product_never_counts(string product)
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam().DporFor("C1")
            .WithRevenue("C1", "2017-01", 500_000m, product)
            .EvaluatedOn(AsOf);

        Assert.Equal(Usd.Zero, evaluation.TtmRevenueUsd);
        Assert.Equal("none", evaluation.LevelHeld());
    }

    [Fact]
    public void Refund_of_a_non_qualifying_product_does_not_lower_the_total()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam().DporFor("C1")
            .WithRevenue("C1", "2017-01", 100_000m, "crm-online")
            .WithRevenue("C1", "2017-01", -90_000m, "azure")
            .EvaluatedOn(AsOf);

        Assert.Equal(new Usd(100_000m), evaluation.TtmRevenueUsd);
        Assert.Equal("silver", evaluation.LevelHeld());
    }

    [Fact]
    public void CRM_Online_and_Dynamics_365_Plan_1_add_up_across_customers()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam().DporFor("C1").DporFor("C2")
            .WithRevenue("C1", "2017-01", 60_000m, "crm-online")
            .WithRevenue("C2", "2017-04", 40_000m, "d365-plan1")
            .EvaluatedOn(AsOf);

        Assert.Equal(new Usd(100_000m), evaluation.TtmRevenueUsd);
        Assert.Equal("silver", evaluation.LevelHeld());
    }
}
