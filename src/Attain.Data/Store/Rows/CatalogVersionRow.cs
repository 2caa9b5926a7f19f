namespace Attain.Data.Store.Rows;

/// <summary>
/// One version of the catalog as it was loaded: the file's text (and the operator's market table, if one
/// replaced the catalog's), so that an old snapshot can always be explained with the rules it was evaluated by.
/// </summary>
public sealed class CatalogVersionRow
{
    public int Id { get; set; }

    /// <summary>SHA-256 of the catalog text and the market table text: the same files are the same version.</summary>
    public required string Digest { get; set; }

    public required string CatalogId { get; set; }

    /// <summary>The version the catalog file gives itself; informative only, the digest decides.</summary>
    public required string Label { get; set; }

    public required string CatalogJson { get; set; }

    public string? MarketsCsv { get; set; }

    public DateTime LoadedAtUtc { get; set; }
}
