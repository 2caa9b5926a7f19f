using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Serialization;
using Attain.Data.Store.Rows;

namespace Attain.Program.Evaluation;

/// <summary>The read model's row of a standing and back: the one place that knows how a standing is stored.</summary>
internal static class StandingRows
{
    public static PartnerStandingRow From(PartnerStanding standing, long runId, int catalogVersionId, CompetencyCatalog catalog) => new()
    {
        RunId = runId,
        PartnerId = standing.PartnerId.Value,
        Name = standing.Name,
        SearchKey = SearchKeyOf(standing.PartnerId.Value, standing.Name),
        Country = standing.Country.Value,
        Market = MarketName(standing.Market),
        Level = standing.Level?.Value ?? LevelNames.None,
        LevelRank = standing.Level is { } level ? IndexOf(catalog, level) + 1 : 0,
        TtmRevenueCents = Cents(standing.TtmRevenueUsd),
        NextLevel = standing.Next?.Level.Value,
        RevenueShortfallCents = standing.RevenueShortfallUsd is { } shortfall ? Cents(shortfall) : null,
        AdditionalExamPasses = standing.Next?.AdditionalExamPasses,
        NewIndividuals = standing.Next?.NewIndividuals,
        LapseOn = standing.LapseOn,
        LapseRequirementId = standing.LapseRequirementId,
        AtRisk = standing.AtRisk,
        AsOf = standing.AsOf,
        CatalogVersionId = catalogVersionId,
    };

    public static PartnerStanding ToStanding(PartnerStandingRow row) => new(
        new PartnerId(row.PartnerId),
        row.Name,
        new CountryCode(row.Country),
        row.Market == "developed" ? Market.Developed : Market.Developing,
        row.Level == LevelNames.None ? null : new LevelId(row.Level),
        new Usd(row.TtmRevenueCents / 100m),
        row.NextLevel is { } next
            ? new NextStep(new LevelId(next), row.RevenueShortfallCents is { } cents ? new Usd(cents / 100m) : null, row.AdditionalExamPasses ?? 0, row.NewIndividuals ?? 0)
            : null,
        row.LapseOn,
        row.LapseRequirementId,
        row.AtRisk,
        row.AsOf);

    /// <summary>Id and name lower-cased, with a line break between so that no search matches across the two.</summary>
    public static string SearchKeyOf(string partnerId, string name) => (partnerId + "\n" + name).ToLowerInvariant();

    public static string MarketName(Market market) => market == Market.Developed ? "developed" : "developing";

    // Dollars carry at most two decimals (SPEC §2), so cents are exact.
    private static long Cents(Usd amount) => (long)decimal.Round(amount.Amount * 100m);

    private static int IndexOf(CompetencyCatalog catalog, LevelId level)
    {
        for (var index = 0; index < catalog.Levels.Count; index++)
        {
            if (catalog.Levels[index].Id == level)
            {
                return index;
            }
        }

        return catalog.Levels.Count;
    }
}
