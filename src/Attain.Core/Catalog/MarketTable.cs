using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>Maps each country to its market. Part of the catalog, and replaceable by the operator (SPEC §2).</summary>
public sealed class MarketTable
{
    private readonly IReadOnlyDictionary<CountryCode, Market> _markets;

    public MarketTable(IReadOnlyDictionary<CountryCode, Market> markets) => _markets = markets;

    public int Count => _markets.Count;

    public IEnumerable<KeyValuePair<CountryCode, Market>> Entries => _markets.OrderBy(entry => entry.Key);

    public bool TryGetMarket(CountryCode country, out Market market) => _markets.TryGetValue(country, out market);

    public Market MarketOf(CountryCode country) =>
        _markets.TryGetValue(country, out var market)
            ? market
            : throw new KeyNotFoundException($"Country {country} is not in the market table.");
}
