using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>
/// The competency over time: its dated versions, oldest first (SPEC §5). An evaluation as of D uses the version
/// in force on D — the latest whose effectiveFrom ≤ D, or the first before the first — so a March 2018 and a
/// March 2019 evaluation can judge the same passes differently. The market table is shared by every version.
/// </summary>
public sealed class VersionedCatalog
{
    private readonly Dictionary<ExamCode, Exam> _exams = [];
    private readonly Dictionary<ProductCode, Product> _products = [];

    public VersionedCatalog(IReadOnlyList<CompetencyCatalog> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0)
        {
            throw new ArgumentException("A catalog needs at least one version.", nameof(versions));
        }

        for (var index = 1; index < versions.Count; index++)
        {
            if (versions[index].EffectiveFrom <= versions[index - 1].EffectiveFrom)
            {
                throw new ArgumentException("Versions must run oldest first, one per effectiveFrom date.", nameof(versions));
            }
        }

        Versions = versions;

        // Later versions overwrite earlier ones: a code keeps its newest title.
        foreach (var version in versions)
        {
            foreach (var (code, exam) in version.Exams)
            {
                _exams[code] = exam;
            }

            foreach (var (code, product) in version.Products)
            {
                _products[code] = product;
            }
        }
    }

    public IReadOnlyList<CompetencyCatalog> Versions { get; }

    public CompetencyCatalog Latest => Versions[^1];

    public string Id => Latest.Id;

    public MarketTable Markets => Latest.Markets;

    /// <summary>Every exam some version knows: valid input in a data folder, even when no version in force counts it (SPEC §5).</summary>
    public IReadOnlyDictionary<ExamCode, Exam> KnownExams => _exams;

    /// <summary>Every product some version knows, qualifying or not.</summary>
    public IReadOnlyDictionary<ProductCode, Product> KnownProducts => _products;

    public CompetencyCatalog InForceOn(DateOnly day)
    {
        // Few versions, newest most often asked for: a backwards scan beats a search.
        for (var index = Versions.Count - 1; index > 0; index--)
        {
            if (Versions[index].EffectiveFrom <= day)
            {
                return Versions[index];
            }
        }

        return Versions[0];
    }

    /// <summary>The version that took effect on <paramref name="effectiveFrom"/>, or null when there is none.</summary>
    public CompetencyCatalog? Version(DateOnly effectiveFrom) =>
        Versions.FirstOrDefault(version => version.EffectiveFrom == effectiveFrom);

    /// <summary>The versions that take effect after <paramref name="day"/>, oldest first: rules already decided for the future.</summary>
    public IEnumerable<CompetencyCatalog> After(DateOnly day) => Versions.Where(version => version.EffectiveFrom > day);

    public VersionedCatalog WithMarkets(MarketTable markets) =>
        new([.. Versions.Select(version => version.WithMarkets(markets))]);
}
