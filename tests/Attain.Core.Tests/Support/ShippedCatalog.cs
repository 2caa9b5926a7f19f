using Attain.Core.Catalog;

namespace Attain.Core.Tests.Support;

/// <summary>The catalog file the product ships (catalog/cloud-crm.json), copied next to the tests.</summary>
public static class ShippedCatalog
{
    public const string Source = "catalog/cloud-crm.json";

    private static readonly Lazy<VersionedCatalog> Loaded = new(Load);

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json");

    public static string Json => File.ReadAllText(Path);

    public static VersionedCatalog Instance => Loaded.Value;

    /// <summary>The seed's rules (SPEC §1), the version in force on the scenario tests' 2017-07-07.</summary>
    public static CompetencyCatalog Seed => Loaded.Value.Versions[0];

    private static VersionedCatalog Load()
    {
        var read = CatalogReader.Read(Json, Source);
        return read.Value ?? throw new InvalidOperationException($"The shipped catalog does not read: {string.Join("; ", read.Problems)}");
    }
}
