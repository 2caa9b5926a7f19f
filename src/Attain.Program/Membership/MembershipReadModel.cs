using Attain.Core.Model;
using Attain.Data.Store.Evaluation;
using Attain.Data.Store.Rows;
using Attain.Program.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.Membership;

/// <summary>
/// Keeps each partner's membership in the read model (table <c>partner_memberships</c>, one row next to each standing):
/// written with the standings when the program is evaluated, and re-derived for one partner when a decision is recorded,
/// so the reminders list and the approval queue never replay a program.
/// </summary>
public static class MembershipReadModel
{
    /// <summary>Writes the memberships of a batch whose snapshots are recorded, in the caller's transaction, with the batch's standings.</summary>
    public static async Task WriteAsync(AttainProgram program, long runId, int catalogVersionId, DateOnly asOf, EvaluatedBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(batch);
        var views = await PartnerMemberships.OfBatchAsync(program, [.. batch.Items.Select(item => item.Facts)], asOf, cancellationToken);
        var rows = new PartnerMembershipRow[views.Count];
        for (var index = 0; index < views.Count; index++)
        {
            rows[index] = MembershipRows.From(views[index], runId, catalogVersionId, StandingRows.MarketName(batch.Items[index].Evaluation.Market));
        }

        await ReadModelWriter.WriteAsync(program.Db, runId, rows, cancellationToken);
    }

    /// <summary>
    /// Re-derives <paramref name="partner"/>'s rows (the published run's, and a run's still being written) after a decision
    /// that takes effect on <paramref name="effectiveOn"/>. A row moves on to that day when it is later than the row's
    /// date but not after today, so an approval leaves the queue at once (docs/SPEC.md §7); it never moves back.
    /// </summary>
    public static async Task RefreshAsync(AttainProgram program, PartnerId partner, DateOnly effectiveOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        var db = program.Db;
        var rows = await db.PartnerMemberships.Where(row => row.PartnerId == partner.Value).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var asOf = AsOfAfterDecision(row.AsOf, effectiveOn, program.Today);
            if (await PartnerMemberships.LoadAsync(program, partner, asOf, cancellationToken) is { } view)
            {
                db.Entry(row).CurrentValues.SetValues(MembershipRows.From(view, row.RunId, row.CatalogVersionId, row.Market));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The later of the row's date and the decision's day, but never after today.</summary>
    public static DateOnly AsOfAfterDecision(DateOnly rowAsOf, DateOnly effectiveOn, DateOnly today)
    {
        var moved = effectiveOn < today ? effectiveOn : today;
        return moved > rowAsOf ? moved : rowAsOf;
    }
}
