using Attain.Core.Catalog;
using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>
/// The codes a data folder may refer to, taken from the catalog: exams, products and countries (SPEC §3). An exam
/// or product some version knows is valid input, even if the version in force no longer counts it (SPEC §5).
/// </summary>
internal sealed class CatalogCodes
{
    public CatalogCodes(VersionedCatalog catalog)
    {
        foreach (var exam in catalog.KnownExams.Keys)
        {
            Exams.Add(exam.Value, exam);
        }

        foreach (var product in catalog.KnownProducts.Keys)
        {
            Products.Add(product.Value, (product, Products.Count));
        }

        foreach (var (country, _) in catalog.Markets.Entries)
        {
            Countries.Add(country.Value, country);
        }
    }

    public SpanKeyedTable<ExamCode> Exams { get; } = new();

    /// <summary>
    /// Every product of the catalog, qualifying or not: revenue of a non-qualifying product is data, it just never
    /// counts. The dense index keeps the key of a revenue row small, for files with millions of rows.
    /// </summary>
    public SpanKeyedTable<(ProductCode Code, int Index)> Products { get; } = new();

    /// <summary>The countries of the market table: a partner's country must map to a market (SPEC §2).</summary>
    public SpanKeyedTable<CountryCode> Countries { get; } = new();
}
