using Attain.Data.Store.Import;
using Attain.Program.Evaluation;
using Attain.Program.Jobs;
using Attain.Program.Partners;
using Attain.Program.Summary;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Attain.Program.Tests;

/// <summary>Evaluating the program: lists change only when a run completes, all at once; jobs cut short are failed, saying how to run them again.</summary>
public sealed class ProgramEvaluationTests
{
    private static readonly DateOnly First = new(2026, 11, 25);
    private static readonly DateOnly Second = new(2026, 6, 30);

    [Fact]
    public async Task The_summary_and_filtered_totals_are_the_run_counts_and_the_counts_are_the_standings()
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();
        await ProgramEvaluation.RunAsync(open.Program, First);
        var stored = (await StoredEvaluation.LatestAsync(open.Db))!;

        var summary = await ProgramSummary.LoadAsync(open.Program, stored);
        var standings = await open.Db.PartnerStandings.Where(row => row.RunId == stored.RunId).ToListAsync();
        Assert.Equal(standings.Count, summary.Partners);
        Assert.Equal(standings.Count(row => row.AtRisk), summary.AtRisk);
        Assert.All(summary.ByLevelAndMarket, count => Assert.Equal(
            standings.Count(row => row.Level == count.Level && row.Market == (count.Market == Core.Model.Market.Developed ? "developed" : "developing")),
            count.Partners));
        var silver = await PartnerList.PageAsync(open.Db, stored, new PartnerQuery(Level: "silver", AtRisk: false));
        Assert.Equal(standings.Count(row => row.Level == "silver" && !row.AtRisk), silver.Total);
        Assert.True(silver.Total > 0);
    }

    [Fact]
    public async Task A_store_evaluated_before_run_counts_existed_gets_them_from_its_standings()
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();
        await ProgramEvaluation.RunAsync(open.Program, First);
        var stored = (await StoredEvaluation.LatestAsync(open.Db))!;
        var before = await ProgramSummary.LoadAsync(open.Program, stored);

        // Back to the schema before the counts (the table is dropped), then up again: the migration fills it.
        var migrator = open.Db.GetService<IMigrator>();
        await migrator.MigrateAsync("StandingSearchIndex");
        await migrator.MigrateAsync();

        var after = await ProgramSummary.LoadAsync(open.Program, stored);
        Assert.Equal(16, after.Partners);
        Assert.Equal(before.ByLevelAndMarket, after.ByLevelAndMarket);
        Assert.Equal(before.AtRisk, after.AtRisk);
    }

    [Fact]
    public async Task A_run_cut_short_leaves_the_previous_evaluation_in_every_list()
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();
        await ProgramEvaluation.RunAsync(open.Program, First);

        // A second run records a batch and stops, as a killed process would: no CompleteAsync.
        var cut = await ProgramEvaluation.StartAsync(open.Program, Second);
        await foreach (var batch in cut.EvaluateAsync())
        {
            await cut.RecordAsync(batch);
            break;
        }

        var stored = await StoredEvaluation.LatestAsync(open.Db);
        Assert.Equal(First, stored!.AsOf);
        var page = await PartnerList.PageAsync(open.Db, stored, new PartnerQuery(PageSize: 500));
        Assert.Equal(16, page.Total);
        Assert.All(page.Items, item => Assert.Equal(First, item.AsOf));

        var done = await ProgramEvaluation.RunAsync(open.Program, Second);
        Assert.Equal(Second, (await StoredEvaluation.LatestAsync(open.Db))!.AsOf);
        // The completed run's standings only: the first run's and the cut run's are gone.
        Assert.Equal(16, await open.Db.PartnerStandings.CountAsync());
        Assert.Equal(16, await open.Db.PartnerStandings.CountAsync(standing => standing.RunId == done.RunId));
    }

    [Fact]
    public async Task Evaluating_unchanged_inputs_again_records_no_snapshot_but_publishes_a_new_run()
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();

        var first = await ProgramEvaluation.RunAsync(open.Program, First);
        var again = await ProgramEvaluation.RunAsync(open.Program, First);

        Assert.Equal((16L, 16L), (first.Partners, first.SnapshotsRecorded));
        Assert.Equal((16L, 0L), (again.Partners, again.SnapshotsRecorded));
        Assert.Equal(again.RunId, (await StoredEvaluation.LatestAsync(open.Db))!.RunId);
    }

    [Fact]
    public async Task Lists_say_how_to_get_a_date_they_do_not_hold()
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();
        Assert.Contains("not been evaluated", StoredEvaluation.Gap(await StoredEvaluation.LatestAsync(open.Db), null), StringComparison.Ordinal);

        await ProgramEvaluation.RunAsync(open.Program, First);
        var stored = await StoredEvaluation.LatestAsync(open.Db);

        Assert.Null(StoredEvaluation.Gap(stored, null));
        Assert.Null(StoredEvaluation.Gap(stored, First));
        Assert.Contains("attain evaluate --all --as-of 2026-06-30", StoredEvaluation.Gap(stored, Second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_left_queued_or_running_by_a_stopped_app_are_failed_with_the_way_to_run_them_again()
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();
        var queued = await ProgramJobs.CreateAsync(open.Db, JobKind.Import, First, new ImportOutcome([], [new TableCounts("partners", 1, 0, 14)], 1), TimeProvider.System);
        var finished = await ProgramJobs.CreateAsync(open.Db, JobKind.Evaluation, First, null, TimeProvider.System);
        await ProgramJobs.RunAsync(open.Program, finished.Id);

        Assert.Equal(1, await ProgramJobs.FailInterruptedAsync(open.Db, TimeProvider.System));

        var failed = (await ProgramJobs.FindAsync(open.Db, queued.Id))!;
        Assert.Equal(JobState.Failed, failed.State);
        Assert.Contains("POST /api/program/evaluations", Assert.Single(failed.Problems), StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(failed.ImportCounts!).Added);
        Assert.Equal(JobState.Succeeded, (await ProgramJobs.FindAsync(open.Db, finished.Id))!.State);
        Assert.Null(await ProgramJobs.ActiveAsync(open.Db));
    }

    [Fact]
    public async Task A_job_records_its_progress_and_what_it_evaluated()
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();
        var job = await ProgramJobs.CreateAsync(open.Db, JobKind.Evaluation, Second, null, TimeProvider.System);
        Assert.Equal(job, await ProgramJobs.ActiveAsync(open.Db));

        var done = await ProgramJobs.RunAsync(open.Program, job.Id);

        Assert.Equal((JobState.Succeeded, 16L, 16L, 16L), (done.State, done.Done, done.Total, done.SnapshotsRecorded!.Value));
        Assert.Equal(Second, (await StoredEvaluation.LatestAsync(open.Db))!.AsOf);
    }
}
