using System.Globalization;
using Attain.Cli.Output;
using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Data;
using Attain.Data.Store;
using Attain.Data.Store.Evaluation;
using Attain.Data.Store.Import;

namespace Attain.Cli.Evaluate;

/// <summary>
/// `attain evaluate --db … --all | --partner ID`: partners from the store, a batch at a time, each evaluated
/// by the same engine as a folder and recorded as a snapshot (as-of, catalog version, input digest, result).
/// </summary>
public static class StoreEvaluation
{
    private const int MaximumBeyondLimitShown = 20;

    public static int Run(EvaluateRequest request, VersionedCatalog catalog, DateOnly asOf, TextWriter output, TextWriter error) =>
        RunAsync(request, catalog, asOf, output, error).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(EvaluateRequest request, VersionedCatalog catalog, DateOnly asOf, TextWriter output, TextWriter error)
    {
        if (request.All == (request.Partner is not null))
        {
            error.WriteLine(CliTexts.Evaluate_NoSource);
            return ExitCodes.BadInput;
        }

        var location = StoreLocation.Resolve(request.Db);
        await using var db = await location.OpenAsync();
        PartnerId? only = request.Partner is { } id ? new PartnerId(id) : null;
        if (only is { } wanted && await db.Partners.FindAsync(wanted.Value) is null)
        {
            error.WriteLine(Language.Say(CliTexts.Partner_NotInStore, wanted, location.Display));
            return ExitCodes.BadInput;
        }

        var version = await CatalogVersions.EnsureAsync(db, catalog, CatalogFile.Source(request.CatalogPath, request.MarketsPath).Json, MarketsText(request));
        var total = only is null ? await StoredFacts.CountPartnersAsync(db) : 1;
        var started = TimeProvider.System.GetTimestamp();
        var beyondLimit = new List<string>();
        var beyondLimitCount = 0L;
        var (evaluated, recorded) = await ProgressView.RunAsync(error, "evaluate", async progress =>
        {
            var counts = (Evaluated: 0L, Recorded: 0L);
            var evaluations = Stream().ToBlockingEnumerable();
            EvaluateCommand.WriteReport(evaluations, request, catalog, output);
            return counts;

            async IAsyncEnumerable<PartnerEvaluation> Stream()
            {
                await foreach (var batch in StoredFacts.ReadAsync(db, only))
                {
                    // The engine is pure, so a batch spreads over the cores; AsOrdered keeps the report in partner order.
                    var evaluated = batch.AsParallel().AsOrdered().Select(facts => (facts, CompetencyEvaluator.Evaluate(catalog, facts, asOf))).ToList();
                    counts.Recorded += await SnapshotRecorder.RecordAsync(db, version.Id, asOf, evaluated);
                    counts.Evaluated += evaluated.Count;
                    progress.Report(new ImportProgress("partners", counts.Evaluated, total));
                    foreach (var (_, evaluation) in evaluated)
                    {
                        NoteBeyondLimit(evaluation);
                        yield return evaluation;
                    }
                }
            }
        });

        // Issue #9: only a store written before amounts had a limit can hold such a line; the figures left it out.
        foreach (var line in beyondLimit)
        {
            error.WriteLine(TerminalText.Safe(line));
        }

        if (beyondLimitCount > beyondLimit.Count)
        {
            error.WriteLine(Language.Say(CliTexts.Evaluate_MoreBeyondLimit, beyondLimitCount - beyondLimit.Count));
        }

        if (request.Out is not null)
        {
            var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            output.WriteLine(Language.Say(
                CliTexts.Evaluate_Done,
                evaluated,
                location.Display,
                asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                version.Id,
                seconds,
                evaluated / Math.Max(seconds, 0.001),
                recorded,
                request.Out));
        }

        return beyondLimitCount > 0 ? ExitCodes.BadInput : ExitCodes.Success;

        void NoteBeyondLimit(PartnerEvaluation evaluation)
        {
            foreach (var line in evaluation.RevenueBeyondLimit ?? [])
            {
                // A few examples are enough to find the drop to correct; the count says how many there are.
                if (++beyondLimitCount <= MaximumBeyondLimitShown)
                {
                    beyondLimit.Add(Language.Say(CliTexts.Evaluate_BeyondLimit, evaluation.PartnerId, line.Customer, line.Product, line.Month, line.Amount, new Usd(Usd.Limit)));
                }
            }
        }
    }

    private static string? MarketsText(EvaluateRequest request) => request.MarketsPath is { } path ? File.ReadAllText(path) : null;
}
