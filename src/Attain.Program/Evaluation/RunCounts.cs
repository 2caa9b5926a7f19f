using Attain.Data.Store;
using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.Evaluation;

/// <summary>
/// A published run's counts of standings per level, market and at-risk flag (<see cref="RunCountRow"/>): the summary
/// and the total of any list filtered by those alone add these few rows up instead of counting every standing.
/// </summary>
public sealed record RunCounts(IReadOnlyList<RunCountRow> Rows)
{
    public static async Task<RunCounts> LoadAsync(AttainDbContext db, StoredEvaluation evaluation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(evaluation);
        return new RunCounts(await db.RunCounts.AsNoTracking().Where(row => row.RunId == evaluation.RunId).ToListAsync(cancellationToken));
    }

    /// <summary>How many standings have this level, market and at-risk flag; a null matches any.</summary>
    public int Count(string? level = null, string? market = null, bool? atRisk = null) =>
        checked((int)Rows.Where(row => (level is null || row.Level == level) && (market is null || row.Market == market) && (atRisk is null || row.AtRisk == atRisk))
            .Sum(row => row.Partners));
}
