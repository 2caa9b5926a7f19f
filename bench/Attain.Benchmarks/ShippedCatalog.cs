using Attain.Core.Catalog;

namespace Attain.Benchmarks;

public static class ShippedCatalog
{
    // The rules in force today: what a program-wide run evaluates under (SPEC §5).
    public static CompetencyCatalog Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json");
        var catalog = CatalogReader.Read(File.ReadAllText(path), "cloud-crm.json");
        return catalog.Value?.Latest ?? throw new InvalidOperationException(string.Join(Environment.NewLine, catalog.Problems));
    }
}
