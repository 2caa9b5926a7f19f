using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>
/// The competency's rules in force from one date (<see cref="EffectiveFrom"/>, SPEC §5): its levels and their
/// requirements, the exams and exam groups, the products whose revenue counts, and the country → market table.
/// One version of a <see cref="VersionedCatalog"/>, read from a file (see <see cref="CatalogReader"/>).
/// <see cref="Levels"/> run from lowest to highest, as the catalog file lists them.
/// </summary>
public sealed record CompetencyCatalog(
    string Id,
    LocalizedText Name,
    string OptionId,
    LocalizedText OptionName,
    DateOnly EffectiveFrom,
    IReadOnlyDictionary<ExamCode, Exam> Exams,
    IReadOnlyDictionary<ExamGroupId, ExamGroup> ExamGroups,
    IReadOnlyDictionary<ProductCode, Product> Products,
    MarketTable Markets,
    IReadOnlyList<LevelDefinition> Levels)
{
    public LevelDefinition Level(LevelId id) =>
        Levels.FirstOrDefault(level => level.Id == id) ?? throw new KeyNotFoundException($"Level {id} is not in the catalog.");

    public bool Qualifies(ProductCode product) => Products.TryGetValue(product, out var known) && known.Qualifies;

    public CompetencyCatalog WithMarkets(MarketTable markets) => this with { Markets = markets };
}
