using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Scenarios;

/// <summary>SPEC §2, market: the partner's country, through the catalog's country table, decides which thresholds apply.</summary>
public sealed class MarketTests
{
    private const string AsOf = "2017-07-07";

    private static PartnerBuilder SixtyThousandIn(string country) =>
        A.Partner("P1").In(country).WithSilverTeam().WithQualifyingRevenue("2017-01", 60_000m);

    [Fact]
    public void Same_revenue_is_Silver_in_a_developing_market_and_nothing_in_a_developed_one()
    {
        var unitedStates = SixtyThousandIn("US").EvaluatedOn(AsOf);
        var india = SixtyThousandIn("IN").EvaluatedOn(AsOf);

        Assert.Equal(Market.Developed, unitedStates.Market);
        Assert.Equal("none", unitedStates.LevelHeld());
        Assert.Equal(new Usd(40_000m), unitedStates.Revenue("silver").Shortfall);
        Assert.Equal(Market.Developing, india.Market);
        Assert.Equal("silver", india.LevelHeld());
    }

    [Fact]
    public void Country_missing_from_the_market_table_is_bad_input_the_engine_refuses()
    {
        var catalog = ShippedCatalog.Instance.WithMarkets(new MarketTable(new Dictionary<CountryCode, Market> { [new CountryCode("IN")] = Market.Developing }));

        Assert.Throws<ArgumentException>(() => CompetencyEvaluator.Evaluate(catalog, SixtyThousandIn("US").Build(), Day.Of(AsOf)));
    }

    [Fact]
    public void Operator_replaced_market_table_decides_the_market()
    {
        var catalog = ShippedCatalog.Instance.WithMarkets(new MarketTable(new Dictionary<CountryCode, Market> { [new CountryCode("US")] = Market.Developing }));

        var evaluation = CompetencyEvaluator.Evaluate(catalog, SixtyThousandIn("US").Build(), Day.Of(AsOf));

        Assert.Equal(Market.Developing, evaluation.Market);
        Assert.Equal("silver", evaluation.LevelHeld());
    }

    [Fact]
    public void Market_table_from_rows_rejects_bad_codes_bad_markets_and_duplicates_by_line()
    {
        var read = CatalogReader.ReadMarkets([(2, "US", "developed"), (3, "usa", "developed"), (4, "IN", "emerging"), (5, "US", "developing")], "markets.csv");

        Assert.False(read.IsValid);
        Assert.Equal([(3, "country"), (4, "market"), (5, "country")], read.Problems.Select(problem => (problem.Line ?? 0, problem.Location ?? "")));
    }

    [Fact]
    public void Market_table_from_clean_rows_replaces_the_catalogs()
    {
        var read = CatalogReader.ReadMarkets([(2, "US", "developing"), (3, "IN", "developed")], "markets.csv");

        Assert.True(read.IsValid);
        Assert.Equal(2, read.Value!.Count);
        Assert.Equal(Market.Developed, read.Value.MarketOf(new CountryCode("IN")));
    }
}
