using System.Globalization;

namespace Attain.Cli.Catalog;

/// <summary>What `attain catalog impact` was asked for, as parsed from the command line.</summary>
public sealed record ImpactRequest(
    string ProposedPath,
    string? AsOf,
    string Format,
    CultureInfo Culture,
    string? CatalogPath,
    string? MarketsPath,
    string? Db);
