using Attain.Data.Store;

namespace Attain.Web.Evaluation;

/// <summary>The text the catalog was read from, read once at start-up: the store versions the catalog by it.</summary>
public sealed record CatalogSourceText(CatalogSource Value);
