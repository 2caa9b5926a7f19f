using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Data.Store;
using AttainCli = Attain.Data.Tests.Cli.Attain;
using Attain.Program;
using Attain.Program.Evaluation;
using Attain.Program.Membership;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Tests.Store;

/// <summary>
/// An operator's decision and an evaluation batch both derive membership rows from the decisions: on PostgreSQL (read
/// committed) the one that commits second must see the other. The batch waits for a decision being recorded.
/// </summary>
public sealed class MembershipLockTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory, PostgresStore]
    public async Task A_decision_committed_while_a_batch_is_recorded_is_in_that_batchs_membership(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        Assert.Equal(0, AttainCli.Run("import", AttainCli.Samples, "--db", store.Db).ExitCode);
        // samples/contoso/README.md, "Membership": evaluated monthly to 2026-11-25, P-1010's demotion is pending.
        foreach (var day in Enumerable.Range(0, 14).Select(month => new DateOnly(2025, 10, 25).AddMonths(month)))
        {
            Assert.Equal(0, AttainCli.Run("evaluate", "--all", "--db", store.Db, "--as-of", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ExitCode);
        }

        await using var evaluating = await store.OpenAsync();
        var program = new AttainProgram(evaluating, CatalogFile.Load(null, null).Value!, CatalogFile.Source(null, null), TimeProvider.System);
        var run = await ProgramEvaluation.StartAsync(program, Today);
        var batch = await run.EvaluateAsync().FirstAsync();

        // A decision in progress: its transaction holds the lock, as MembershipDecisions does from its check to its commit.
        await using var deciding = await store.OpenAsync();
        await using var decision = await deciding.Database.BeginTransactionAsync();
        await MembershipLock.TakeAsync(deciding);
        var recording = run.RecordAsync(batch);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(recording.IsCompleted, "the batch was recorded while a decision held the membership lock");
        deciding.Decisions.Add(DecisionLog.ToRow(new PartnerId("P-1010"), new DemotionApproved(0, Today, DateTimeOffset.UtcNow, "alice", "window closed without a renewal")));
        await deciding.SaveChangesAsync();
        await decision.CommitAsync();

        await recording;
        var outcome = await run.CompleteAsync();
        var row = await evaluating.PartnerMemberships.AsNoTracking().SingleAsync(membership => membership.RunId == outcome.RunId && membership.PartnerId == "P-1010");
        Assert.Equal(("silver", (DateOnly?)null), (row.HeldLevel, row.PendingDueSince));
    }
}
