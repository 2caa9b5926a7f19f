using Attain.Core.Catalog;

namespace Attain.Core.Tests.Support;

/// <summary>The catalog file the product ships (catalog/cloud-crm.json), copied next to the tests.</summary>
public static class ShippedCatalog
{
    public const string Source = "catalog/cloud-crm.json";

    private static readonly Lazy<CompetencyCatalog> Loaded = new(Load);

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json");

    public static string Json => File.ReadAllText(Path);

    public static CompetencyCatalog Instance => Loaded.Value;

    private static CompetencyCatalog Load()
    {
        var read = CatalogReader.Read(Json, Source);
        return read.Value ?? throw new InvalidOperationException($"The shipped catalog does not read: {string.Join("; ", read.Problems)}");
    }
}
