using System.Text.Json;
using Attain.Core.Catalog.Requirements;
using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>
/// Reads a catalog file (JSON) and validates it as a whole: every problem is reported with the path of the
/// field it is in, such as <c>versions[0].levels[1].requirements[0].thresholdsUsd.developing</c>.
/// </summary>
public static class CatalogReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Validated<VersionedCatalog> Read(string json, string source)
    {
        CatalogDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogDocument>(json, Options);
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            return Validated<VersionedCatalog>.Invalid([new Problem(source, line, exception.Path, $"not valid catalog JSON: {exception.Message}")]);
        }

        if (document is null)
        {
            return Validated<VersionedCatalog>.Invalid([new Problem(source, null, null, "the catalog is empty")]);
        }

        var reading = new CatalogReading(source);
        var catalog = reading.Read(document);
        return catalog is not null && reading.Problems.Count == 0 ? Validated<VersionedCatalog>.Valid(catalog) : Validated<VersionedCatalog>.Invalid(reading.Problems);
    }

    /// <summary>Reads a country → market table (CSV <c>country,market</c>) that replaces the catalog's (SPEC §2).</summary>
    public static Validated<MarketTable> ReadMarkets(IEnumerable<(int Line, string Country, string Market)> rows, string source)
    {
        var problems = new List<Problem>();
        var markets = new Dictionary<CountryCode, Market>();
        foreach (var (line, country, market) in rows)
        {
            if (!CountryCode.IsWellFormed(country))
            {
                problems.Add(new Problem(source, line, "country", $"'{country}' is not an ISO 3166-1 alpha-2 code (two upper-case letters)"));
            }
            else if (!CatalogReading.TryParseMarket(market, out var parsed))
            {
                problems.Add(new Problem(source, line, "market", $"'{market}' is not a market: use developed or developing"));
            }
            else if (!markets.TryAdd(new CountryCode(country), parsed))
            {
                problems.Add(new Problem(source, line, "country", $"{country} is listed twice"));
            }
        }

        return problems.Count == 0 ? Validated<MarketTable>.Valid(new MarketTable(markets)) : Validated<MarketTable>.Invalid(problems);
    }
}
