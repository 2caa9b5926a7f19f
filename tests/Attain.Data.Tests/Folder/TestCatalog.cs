using Attain.Core.Catalog;

namespace Attain.Data.Tests.Folder;

/// <summary>The shipped catalog (catalog/cloud-crm.json), read once for all tests.</summary>
internal static class TestCatalog
{
    private static readonly Lazy<VersionedCatalog> Loaded = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json");
        var read = CatalogReader.Read(File.ReadAllText(path), "cloud-crm.json");
        return read.Value ?? throw new InvalidOperationException(string.Join(Environment.NewLine, read.Problems));
    });

    public static VersionedCatalog CloudCrm => Loaded.Value;
}
