using Attain.Core.Model;
using Attain.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.Evaluation;

/// <summary>The whole-program evaluation whose standings lists show: the latest one completed.</summary>
public sealed record StoredEvaluation(long RunId, DateOnly AsOf, int CatalogVersion, long Partners, DateTime CompletedAtUtc)
{
    public static async Task<StoredEvaluation?> LatestAsync(AttainDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var run = await db.EvaluationRuns.AsNoTracking()
            .Where(run => run.CompletedAtUtc != null)
            .OrderByDescending(run => run.CompletedAtUtc).ThenByDescending(run => run.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return run is null ? null : new StoredEvaluation(run.Id, run.AsOf, run.CatalogVersionId, run.Partners, run.CompletedAtUtc!.Value);
    }

    /// <summary>
    /// Why a list cannot answer for <paramref name="asked"/> (null: whichever date is stored), or null when it can.
    /// Lists never evaluate on demand: at program scale that is minutes, so the answer says how to get the date.
    /// </summary>
    public static string? Gap(StoredEvaluation? stored, DateOnly? asked)
    {
        if (stored is null)
        {
            return "The program has not been evaluated yet: evaluate it (POST /api/program/evaluations, or attain evaluate --all) and ask again.";
        }

        if (asked is { } day && day != stored.AsOf)
        {
            return $"The stored evaluation is as of {IsoDate.Format(stored.AsOf)}, not {IsoDate.Format(day)}: evaluate the program as of {IsoDate.Format(day)} "
                + $"(POST /api/program/evaluations?asOf={IsoDate.Format(day)}, or attain evaluate --all --as-of {IsoDate.Format(day)}) and ask again, or leave asOf out.";
        }

        return null;
    }
}
