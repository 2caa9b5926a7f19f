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
            // The reader's path ("$.versions[0].exams") in the form of every other catalog problem ("versions[0].exams").
            var path = exception.Path is { Length: > 2 } where && where.StartsWith("$.", StringComparison.Ordinal) ? where[2..] : exception.Path;
            return Validated<VersionedCatalog>.Invalid([new Problem(source, line, path, CatalogProblems.Say(CatalogMessages.NotJson, exception.Message))]);
        }

        if (document is null)
        {
            return Validated<VersionedCatalog>.Invalid([new Problem(source, null, null, CatalogMessages.CatalogEmpty)]);
        }

        var reading = new CatalogReading(source);
        var catalog = reading.Read(document);
        return catalog is not null && reading.Problems.Count == 0 ? Validated<VersionedCatalog>.Valid(catalog) : Validated<VersionedCatalog>.Invalid(reading.Problems);
    }

    /// <summary>
    /// The countries of <paramref name="countries"/> (those of stored partners) that <paramref name="catalog"/>'s market table
    /// lacks, one problem each at <c>markets</c>: a proposal that cannot place a partner in a market is bad input, not a crash.
    /// </summary>
    public static IReadOnlyList<Problem> CountriesWithoutMarket(VersionedCatalog catalog, IEnumerable<CountryCode> countries, string source)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(countries);
        return [.. countries.Distinct().Order()
            .Where(country => !catalog.Markets.TryGetMarket(country, out _))
            .Select(country => new Problem(source, null, "markets", CatalogProblems.Say(CatalogMessages.CountryWithoutMarket, country)))];
    }

    /// <summary>A catalog file (or, with <paramref name="markets"/>, a markets file) that is not there, in the UI language.</summary>
    public static Problem FileMissing(string path, bool markets = false) =>
        new(path, null, null, markets ? CatalogMessages.MarketsFileMissing : CatalogMessages.CatalogFileMissing);

    /// <summary>A markets file whose header lacks <paramref name="column"/>.</summary>
    public static Problem MarketsColumnMissing(string source, string column) => new(source, 1, column, CatalogMessages.MarketsColumnMissing);

    /// <summary>Reads a country → market table (CSV <c>country,market</c>) that replaces the catalog's (SPEC §2).</summary>
    public static Validated<MarketTable> ReadMarkets(IEnumerable<(int Line, string Country, string Market)> rows, string source)
    {
        var problems = new List<Problem>();
        var markets = new Dictionary<CountryCode, Market>();
        foreach (var (line, country, market) in rows)
        {
            if (!CountryCode.IsWellFormed(country))
            {
                problems.Add(new Problem(source, line, "country", CatalogProblems.Say(CatalogMessages.CountryNotIso, country)));
            }
            else if (!CatalogReading.TryParseMarket(market, out var parsed))
            {
                problems.Add(new Problem(source, line, "market", CatalogProblems.Say(CatalogMessages.MarketUnknownKey, market)));
            }
            else if (!markets.TryAdd(new CountryCode(country), parsed))
            {
                problems.Add(new Problem(source, line, "country", CatalogProblems.Say(CatalogMessages.CountryTwice, country)));
            }
        }

        return problems.Count == 0 ? Validated<MarketTable>.Valid(new MarketTable(markets)) : Validated<MarketTable>.Invalid(problems);
    }
}
