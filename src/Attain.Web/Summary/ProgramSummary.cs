using Attain.Core.Serialization;
using Attain.Web.Evaluation;
using Attain.Web.Partners;

namespace Attain.Web.Summary;

/// <summary>The operator's view of the whole program as of a date.</summary>
public sealed record ProgramSummary(
    DateOnly AsOf,
    int Partners,
    IReadOnlyList<LevelMarketCount> ByLevelAndMarket,
    IReadOnlyList<PartnerSummary> AtRisk,
    IReadOnlyList<UpcomingLapse> LapsesNext90Days)
{
    public static async Task<(ProgramSummary Summary, IReadOnlyList<PartnerSummary> Partners)> BuildAsync(ProgramEvaluator evaluator, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        var partners = new List<PartnerSummary>();
        var lapses = new List<UpcomingLapse>();
        await foreach (var evaluation in evaluator.EvaluateAllAsync(asOf, cancellationToken))
        {
            var summary = PartnerSummary.Of(evaluation);
            partners.Add(summary);
            if (evaluation.Lapse is { } lapse && summary.AtRisk)
            {
                lapses.Add(new UpcomingLapse(summary.PartnerId, summary.Name, summary.Level, lapse.On, lapse.RequirementId));
            }
        }

        // Every level of the catalog (and none) in every market, zeros included, so the table's shape never changes.
        var levels = evaluator.Catalog.Latest.Levels.Select(level => level.Id.Value).Reverse().Append(LevelNames.None).ToList();
        var counts = levels
            .SelectMany(level => Enum.GetValues<Core.Model.Market>().Select(market =>
                new LevelMarketCount(level, market, partners.Count(partner => partner.Level == level && partner.Market == market))))
            .ToList();
        var summaryOfProgram = new ProgramSummary(
            asOf,
            partners.Count,
            counts,
            [.. partners.Where(partner => partner.AtRisk).OrderBy(partner => partner.LapseOn)],
            [.. lapses.OrderBy(lapse => lapse.On).ThenBy(lapse => lapse.PartnerId)]);
        return (summaryOfProgram, partners);
    }
}
