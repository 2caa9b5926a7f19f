using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Scenarios;

/// <summary>
/// SPEC §1–2, DPOR: a customer's revenue for a month counts when the partner's DPOR interval [from, to)
/// overlaps that month; revenue of months the interval does not touch is ignored.
/// </summary>
public sealed class DporAttributionTests
{
    private const string AsOf = "2017-07-07";

    /// <summary>The TTM figure when customer C1's only revenue is 100,000 in March 2017 and the DPOR is [from, to).</summary>
    private static Usd MarchRevenueWithDpor(string? from, string? to) =>
        A.Partner("P1").In("US").DporFor("C1", from, to).WithRevenue("C1", "2017-03", 100_000m).EvaluatedOn(AsOf).TtmRevenueUsd;

    [Fact]
    public void Revenue_of_a_customer_the_partner_is_not_DPOR_for_is_ignored()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam().DporFor("C1")
            .WithRevenue("C2", "2017-03", 500_000m)
            .EvaluatedOn(AsOf);

        Assert.Equal(Usd.Zero, evaluation.TtmRevenueUsd);
        Assert.Equal("none", evaluation.LevelHeld());
    }

    [Theory]
    // from,          to,            counts   — for revenue of March 2017
    [InlineData(null, null, true)]
    [InlineData("2016-01-01", null, true)]
    [InlineData("2017-03-01", null, true)]
    [InlineData("2017-03-15", null, true)] // DPOR from mid-March: March counts
    [InlineData("2017-03-31", "2017-04-01", true)] // one day of March is enough
    [InlineData("2016-01-01", "2017-03-15", true)] // ends mid-March: March still counts
    [InlineData("2016-01-01", "2017-03-02", true)]
    [InlineData("2016-01-01", "2017-03-01", false)] // to is exclusive: to = 1 March covers no day of March
    [InlineData("2016-01-01", "2017-02-15", false)]
    [InlineData("2017-04-01", null, false)]
    [InlineData(null, "2017-03-01", false)]
    public void Month_counts_when_the_DPOR_interval_overlaps_it(string? from, string? to, bool counts)
    {
        Assert.Equal(counts ? new Usd(100_000m) : Usd.Zero, MarchRevenueWithDpor(from, to));
    }

    [Fact]
    public void Revenue_before_and_after_the_DPOR_interval_is_ignored()
    {
        var evaluation = A.Partner("P1").In("US").DporFor("C1", "2016-10-10", "2017-02-01")
            .WithRevenue("C1", "2016-09", 1_000m) // before: ignored
            .WithRevenue("C1", "2016-10", 20_000m) // from mid-October: counts
            .WithRevenue("C1", "2017-01", 30_000m)
            .WithRevenue("C1", "2017-02", 4_000m) // to = 1 February, exclusive: ignored
            .WithRevenue("C1", "2017-05", 500m) // after: ignored
            .EvaluatedOn(AsOf);

        Assert.Equal(new Usd(50_000m), evaluation.TtmRevenueUsd);
    }

    [Fact]
    public void Gap_between_two_DPOR_intervals_of_one_customer_is_not_counted()
    {
        var evaluation = A.Partner("P1").In("US")
            .DporFor("C1", "2016-07-01", "2016-09-01")
            .DporFor("C1", "2017-01-01")
            .WithRevenue("C1", "2016-08", 10_000m)
            .WithRevenue("C1", "2016-10", 99_000m) // in the gap
            .WithRevenue("C1", "2017-01", 20_000m)
            .EvaluatedOn(AsOf);

        Assert.Equal(new Usd(30_000m), evaluation.TtmRevenueUsd);
    }

    [Fact]
    public void DPOR_for_one_customer_does_not_make_another_customers_revenue_count()
    {
        var evaluation = A.Partner("P1").In("US")
            .DporFor("C1", "2016-01-01")
            .DporFor("C2", "2017-03-01")
            .WithRevenue("C1", "2017-01", 10_000m)
            .WithRevenue("C2", "2017-01", 70_000m) // C2's DPOR starts in March
            .WithRevenue("C2", "2017-03", 5_000m)
            .EvaluatedOn(AsOf);

        Assert.Equal(new Usd(15_000m), evaluation.TtmRevenueUsd);
    }
}
