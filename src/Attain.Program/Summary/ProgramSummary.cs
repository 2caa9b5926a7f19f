using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Serialization;
using Attain.Data.Store;
using Attain.Program.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.Summary;

/// <summary>
/// The operator's view of the whole program from the read model: partners per level and market (every level of
/// the catalog and none, in every market, zeros included), how many are at risk, and the soonest lapses among
/// them (at most <see cref="LapseLimit"/>; the whole at-risk list is <c>/api/partners?atRisk=true&amp;sort=lapseOn</c>).
/// </summary>
public sealed record ProgramSummary(
    DateOnly AsOf,
    int CatalogVersion,
    int Partners,
    IReadOnlyList<LevelMarketCount> ByLevelAndMarket,
    int AtRisk,
    IReadOnlyList<UpcomingLapse> LapsesNext90Days)
{
    public const int LapseLimit = 100;

    public static async Task<ProgramSummary> LoadAsync(AttainProgram program, StoredEvaluation evaluation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(evaluation);
        var stored = await RunCounts.LoadAsync(program.Db, evaluation, cancellationToken);
        var levels = program.Catalog.InForceOn(evaluation.AsOf).Levels.Select(level => level.Id.Value).Reverse().Append(LevelNames.None).ToList();
        var counts = levels
            .SelectMany(level => Enum.GetValues<Market>().Select(market => new LevelMarketCount(
                level,
                market,
                stored.Count(level, StandingRows.MarketName(market)))))
            .ToList();
        var soonest = await program.Db.PartnerStandings.AsNoTracking()
            .Where(row => row.RunId == evaluation.RunId && row.AtRisk)
            .OrderBy(row => row.LapseOn).ThenBy(row => row.PartnerId)
            .Take(LapseLimit)
            .ToListAsync(cancellationToken);
        var lapses = soonest
            .Select(StandingRows.ToStanding)
            .Where(standing => standing.LapseOn is not null)
            .Select(standing => new UpcomingLapse(standing.PartnerId, standing.Name, standing.Level?.Value ?? LevelNames.None, standing.LapseOn!.Value, standing.LapseRequirementId ?? string.Empty))
            .ToList();
        return new ProgramSummary(evaluation.AsOf, evaluation.CatalogVersion, stored.Count(), counts, stored.Count(atRisk: true), lapses);
    }

}
