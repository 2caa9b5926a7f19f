using Attain.Core;
using Attain.Core.Catalog;
using Attain.Data.Store;
using nietras.SeparatedValues;

namespace Attain.Data;

/// <summary>
/// Finds and reads the catalog file: the shipped one beside the program, or the operator's own. Shared by the
/// command line and the web app, each of which copies catalog/cloud-crm.json beside itself.
/// </summary>
public static class CatalogFile
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json");

    public static Validated<VersionedCatalog> Load(string? catalogPath, string? marketsPath)
    {
        var path = catalogPath ?? DefaultPath;
        if (!File.Exists(path))
        {
            return Validated<VersionedCatalog>.Invalid([CatalogReader.FileMissing(path)]);
        }

        var catalog = CatalogReader.Read(File.ReadAllText(path), Path.GetFileName(path));
        if (!catalog.IsValid || marketsPath is null)
        {
            return catalog;
        }

        var markets = ReadMarkets(marketsPath);
        return markets.IsValid ? Validated<VersionedCatalog>.Valid(catalog.Value!.WithMarkets(markets.Value!)) : Validated<VersionedCatalog>.Invalid(markets.Problems);
    }

    /// <summary>The texts the catalog was read from, as the store versions them (same texts, same version).</summary>
    public static CatalogSource Source(string? catalogPath, string? marketsPath) =>
        new(File.ReadAllText(catalogPath ?? DefaultPath), marketsPath is null ? null : File.ReadAllText(marketsPath));

    /// <summary>SPEC §2: the operator can replace the country → market table with a CSV of country,market.</summary>
    private static Validated<MarketTable> ReadMarkets(string path)
    {
        var source = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return Validated<MarketTable>.Invalid([CatalogReader.FileMissing(path, markets: true)]);
        }

        using var reader = Sep.New(',').Reader(options => options with { Unescape = true }).FromFile(path);
        foreach (var column in new[] { "country", "market" })
        {
            if (!reader.Header.ColNames.Contains(column))
            {
                return Validated<MarketTable>.Invalid([CatalogReader.MarketsColumnMissing(source, column)]);
            }
        }

        var rows = new List<(int, string, string)>();
        foreach (var row in reader)
        {
            rows.Add((row.LineNumberFrom, row["country"].ToString(), row["market"].ToString()));
        }

        return CatalogReader.ReadMarkets(rows, source);
    }
}
