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
                        yield return evaluation;
                    }
                }
            }
        });

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

        return ExitCodes.Success;
    }

    private static string? MarketsText(EvaluateRequest request) => request.MarketsPath is { } path ? File.ReadAllText(path) : null;
}
