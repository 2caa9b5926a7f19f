using Attain.Core.Membership;
using Attain.Data.Store;
using Attain.Data.Store.Rows;
using Attain.Program.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.Membership;

/// <summary>
/// The operator's membership lists from the read model of the stored evaluation (SPEC §6): the reminders, the approval
/// queue (pending demotions) and the partners whose held level is at risk. Each page is one index range scan of
/// <c>partner_memberships</c> (by reminder date, due date or anniversary), one count, and one grouped count of reminders.
/// </summary>
public static class MembershipLists
{
    /// <summary>Partners with a reminder, soonest first; <see cref="MembershipQuery.Kind"/> keeps one kind.</summary>
    public static Task<MembershipPage> RemindersAsync(AttainDbContext db, StoredEvaluation evaluation, MembershipQuery query, CancellationToken cancellationToken = default) =>
        PageAsync(db, evaluation, query, rows => OfKind(rows.Where(row => row.ReminderOn != null), query.Kind).OrderBy(row => row.ReminderOn).ThenBy(row => row.PartnerId), cancellationToken);

    /// <summary>Pending demotions, longest waiting first: what the operator approves or defers.</summary>
    public static Task<MembershipPage> ApprovalQueueAsync(AttainDbContext db, StoredEvaluation evaluation, MembershipQuery query, CancellationToken cancellationToken = default) =>
        PageAsync(db, evaluation, query, rows => rows.Where(row => row.PendingDueSince != null).OrderBy(row => row.PendingDueSince).ThenBy(row => row.PartnerId), cancellationToken);

    /// <summary>Held levels at risk of not being renewed, soonest anniversary first.</summary>
    public static Task<MembershipPage> AtRiskAsync(AttainDbContext db, StoredEvaluation evaluation, MembershipQuery query, CancellationToken cancellationToken = default) =>
        PageAsync(db, evaluation, query, rows => rows.Where(row => row.AtRisk).OrderBy(row => row.Anniversary).ThenBy(row => row.PartnerId), cancellationToken);

    private static async Task<MembershipPage> PageAsync(
        AttainDbContext db,
        StoredEvaluation evaluation,
        MembershipQuery query,
        Func<IQueryable<PartnerMembershipRow>, IOrderedQueryable<PartnerMembershipRow>> list,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(query);
        var filtered = Filter(db.PartnerMemberships.AsNoTracking().Where(row => row.RunId == evaluation.RunId), query);
        var listed = list(filtered);
        var total = await listed.CountAsync(cancellationToken);
        var skip = (int)Math.Min((long)(query.Page - 1) * query.PageSize, int.MaxValue);
        var rows = await listed.Skip(skip).Take(query.PageSize).ToListAsync(cancellationToken);
        var counts = await filtered.Where(row => row.ReminderOn != null)
            .GroupBy(row => 1)
            .Select(group => new
            {
                Anniversary = group.Count(row => row.RemindAnniversary),
                Renewal = group.Count(row => row.RemindRenewal),
                Second = group.Count(row => row.RemindRenewalSecond),
                Demotion = group.Count(row => row.RemindDemotion),
                Override = group.Count(row => row.RemindOverride),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return new MembershipPage(
            [.. rows.Select(MembershipRows.ToEntry)],
            query.Page,
            query.PageSize,
            total,
            counts is null ? new ReminderCounts(0, 0, 0, 0, 0) : new ReminderCounts(counts.Anniversary, counts.Renewal, counts.Second, counts.Demotion, counts.Override),
            evaluation.AsOf,
            evaluation.CatalogVersion);
    }

    private static IQueryable<PartnerMembershipRow> Filter(IQueryable<PartnerMembershipRow> rows, MembershipQuery query)
    {
        if (query.Level is { } level)
        {
            rows = rows.Where(row => row.HeldLevel == level);
        }

        if (query.Market is { } market)
        {
            var name = StandingRows.MarketName(market);
            rows = rows.Where(row => row.Market == name);
        }

        return rows;
    }

    private static IQueryable<PartnerMembershipRow> OfKind(IQueryable<PartnerMembershipRow> rows, ReminderKind? kind) => kind switch
    {
        null => rows,
        ReminderKind.AnniversaryAhead => rows.Where(row => row.RemindAnniversary),
        ReminderKind.RenewalWindowOpen => rows.Where(row => row.RemindRenewal),
        ReminderKind.RenewalSecondReminder => rows.Where(row => row.RemindRenewalSecond),
        ReminderKind.DemotionPending => rows.Where(row => row.RemindDemotion),
        ReminderKind.OverrideExpiring => rows.Where(row => row.RemindOverride),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
