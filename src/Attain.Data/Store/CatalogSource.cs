namespace Attain.Data.Store;

/// <summary>The text a catalog was read from: the catalog file, and the operator's market table if one replaces the catalog's.</summary>
public sealed record CatalogSource(string Json, string? Markets);
