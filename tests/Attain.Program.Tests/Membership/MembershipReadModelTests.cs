using System.Text.Json;
using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Program.Evaluation;
using Attain.Program.Membership;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.Tests.Membership;

/// <summary>
/// The read model's memberships (partner_memberships) are what a fresh replay of the snapshots and decisions gives,
/// after an evaluation and after a decision, and its lists hold exactly the reminders SPEC §6 names, to the day.
/// </summary>
public sealed class MembershipReadModelTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task After_an_evaluation_every_row_equals_a_fresh_replay()
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();
        var program = await SampleHistory.EvaluateAsync(open);

        var stored = (await StoredEvaluation.LatestAsync(open.Db))!;
        var rows = await open.Db.PartnerMemberships.AsNoTracking().Where(row => row.RunId == stored.RunId).OrderBy(row => row.PartnerId).ToListAsync();
        var fresh = await PartnerMemberships.ReadAsync(program, stored.AsOf).ToListAsync();

        Assert.Equal(ProgramStore.SamplePartners, rows.Count);
        Assert.Equal(ProgramStore.SamplePartners, await open.Db.PartnerMemberships.CountAsync());
        Assert.Equal(Entries(fresh, rows), rows.Select(row => JsonSerializer.Serialize(MembershipRows.ToEntry(row), Json)));
        // The sample's states (samples/contoso/README.md): a pending demotion, a renewal, a level attained this year, at risk through a departure.
        var byId = rows.ToDictionary(row => row.PartnerId);
        Assert.Equal(("gold", "silver", new DateOnly(2026, 11, 25)), (byId["P-1010"].PendingFrom, byId["P-1010"].PendingTo, byId["P-1010"].PendingDueSince!.Value));
        Assert.Equal(new DateOnly(2026, 10, 25), byId["P-1004"].RenewedOn);
        Assert.Equal(new DateOnly(2026, 1, 25), byId["P-1013"].AttainedOn);
        Assert.Equal((1, new DateOnly(2027, 2, 1)), (byId["P-1014"].AtRiskDepartures, byId["P-1014"].AtRiskFirstDeparture!.Value));
    }

    [Fact]
    public async Task After_a_decision_the_partners_row_equals_a_fresh_replay_and_leaves_the_queue()
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();
        var program = await SampleHistory.EvaluateAsync(open);
        var stored = (await StoredEvaluation.LatestAsync(open.Db))!;
        var queue = await MembershipLists.ApprovalQueueAsync(open.Db, stored, new MembershipQuery());
        Assert.Equal(["P-1010"], queue.Items.Select(item => item.PartnerId));

        var approved = await MembershipDecisions.RecordAsync(program, new DecisionRequest(new PartnerId("P-1010"), DecisionLog.Approve, "alice", "window closed without a renewal"));
        var granted = await MembershipDecisions.RecordAsync(program, new DecisionRequest(new PartnerId("P-1015"), DecisionLog.Override, "bob", "MB2-712 pass not yet recognised", Level: new LevelId("gold")));

        Assert.Null(approved.Refusal);
        Assert.Null(granted.Refusal);
        open.Db.ChangeTracker.Clear();
        var rows = await open.Db.PartnerMemberships.AsNoTracking().Where(row => row.RunId == stored.RunId).OrderBy(row => row.PartnerId).ToListAsync();
        var fresh = await PartnerMemberships.ReadAsync(program, stored.AsOf).ToListAsync();
        Assert.Equal(Entries(fresh, rows), rows.Select(row => JsonSerializer.Serialize(MembershipRows.ToEntry(row), Json)));
        var demoted = rows.Single(row => row.PartnerId == "P-1010");
        Assert.Equal(("silver", (DateOnly?)null), (demoted.HeldLevel, demoted.PendingDueSince));
        Assert.Equal(("gold", "bob"), (rows.Single(row => row.PartnerId == "P-1015").HeldLevel, rows.Single(row => row.PartnerId == "P-1015").OverrideBy));
        Assert.Empty((await MembershipLists.ApprovalQueueAsync(open.Db, stored, new MembershipQuery())).Items);
    }

    [Fact]
    public async Task A_refused_decision_changes_neither_the_log_nor_the_read_model()
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();
        var program = await SampleHistory.EvaluateAsync(open);
        var before = await Snapshot(open);

        var refused = await MembershipDecisions.RecordAsync(program, new DecisionRequest(new PartnerId("P-1004"), DecisionLog.Approve, "alice", "not pending"));

        Assert.Equal(DecisionRefusal.NoPendingDemotion, refused.Refusal);
        Assert.Equal(0, await open.Db.Decisions.CountAsync());
        Assert.Equal(before, await Snapshot(open));
    }

    [Theory]
    [InlineData("2027-01-09", false)]
    [InlineData("2027-01-10", true)]
    [InlineData("2027-01-24", true)]
    [InlineData("2027-01-25", false)]
    public async Task The_anniversary_reminder_starts_15_days_ahead(string day, bool reminded)
    {
        // P-1013 attained Gold on 2026-01-25 (SampleHistory): its anniversary is 2027-01-25, when the window opens instead.
        var page = await RemindersOnAsync(day, ReminderKind.AnniversaryAhead);

        Assert.Equal(reminded, page.Items.Any(item => item.PartnerId == "P-1013"));
        Assert.Equal(page.Total, page.Counts.AnniversaryAhead);
    }

    [Theory]
    [InlineData("2027-01-25", "renewalWindowOpen")]
    [InlineData("2027-02-16", "renewalWindowOpen")]
    [InlineData("2027-02-17", "renewalSecondReminder")]
    [InlineData("2027-02-24", "renewalSecondReminder")]
    [InlineData("2027-02-25", "demotionPending")]
    public async Task The_second_renewal_reminder_starts_23_days_after_the_anniversary(string day, string kind)
    {
        // P-1013's revenue lapses on 2027-01-01 (samples/contoso/README.md): no evaluation in its window qualifies for Gold.
        var page = await RemindersOnAsync(day, kind: null);

        var p1013 = page.Items.Single(item => item.PartnerId == "P-1013");
        Assert.Equal([kind], p1013.Reminders.Select(reminder => reminder.Kind));
    }

    [Theory]
    [InlineData("2026-12-15", false)]
    [InlineData("2026-12-16", true)]
    [InlineData("2027-01-14", true)]
    [InlineData("2027-01-15", false)]
    public async Task An_override_is_reminded_from_30_days_before_it_ends(string day, bool reminded)
    {
        var page = await RemindersOnAsync(day, ReminderKind.OverrideExpiring, new DecisionRequest(
            new PartnerId("P-1015"), DecisionLog.Override, "bob", "MB2-712 pass not yet recognised", new DateOnly(2026, 11, 1), new DateOnly(2027, 1, 15), new LevelId("gold")));

        Assert.Equal(reminded, page.Items.Any(item => item.PartnerId == "P-1015"));
        Assert.Equal(page.Total, page.Counts.OverrideExpiring);
    }

    /// <summary>The reminders list after the sample history, a decision if given, and the program evaluated as of <paramref name="day"/>.</summary>
    private static async Task<MembershipPage> RemindersOnAsync(string day, ReminderKind? kind, DecisionRequest? decision = null)
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();
        var asOf = DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var program = await SampleHistory.EvaluateAsync(open, asOf);
        if (decision is not null)
        {
            Assert.Null((await MembershipDecisions.RecordAsync(program, decision)).Refusal);
        }

        await ProgramEvaluation.RunAsync(program, asOf);
        var stored = (await StoredEvaluation.LatestAsync(open.Db))!;
        return await MembershipLists.RemindersAsync(open.Db, stored, new MembershipQuery(Kind: kind, PageSize: 500));
    }

    private static async Task<string> Snapshot(OpenProgram open) =>
        JsonSerializer.Serialize(await open.Db.PartnerMemberships.AsNoTracking().OrderBy(row => row.RunId).ThenBy(row => row.PartnerId).ToListAsync(), Json);

    private static IEnumerable<string> Entries(IEnumerable<MembershipView> fresh, IReadOnlyList<Data.Store.Rows.PartnerMembershipRow> rows)
    {
        var byId = rows.ToDictionary(row => row.PartnerId);
        return fresh.Select(view =>
        {
            var row = byId[view.PartnerId.Value];
            return JsonSerializer.Serialize(MembershipRows.ToEntry(MembershipRows.From(view, row.RunId, row.CatalogVersionId, row.Market)), Json);
        });
    }
}
