using System.Globalization;
using Attain.Cli.Output;
using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Data;
using Attain.Data.Store;
using Attain.Data.Store.Import;
using Attain.Program;
using Attain.Program.Evaluation;

namespace Attain.Cli.Evaluate;

/// <summary>
/// `attain evaluate --db … --all | --partner ID`: the program evaluated from the store by
/// <see cref="ProgramEvaluation"/>, its steps taken here in order: evaluate a batch, record it (snapshots and, with
/// --all, the read model lists show), write it to the report; then complete, which publishes the run to lists.
/// </summary>
public static class StoreEvaluation
{
    private const int MaximumBeyondLimitShown = 20;

    public static async Task<int> RunAsync(EvaluateRequest request, VersionedCatalog catalog, DateOnly asOf, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(request);
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

        var program = new AttainProgram(db, catalog, CatalogFile.Source(request.CatalogPath, request.MarketsPath), TimeProvider.System);
        var started = TimeProvider.System.GetTimestamp();
        var beyondLimit = new List<string>();
        var beyondLimitCount = 0L;
        var outcome = await ProgressView.RunAsync(error, "evaluate", async progress =>
        {
            var evaluation = await ProgramEvaluation.StartAsync(program, asOf, only);
            using (var report = new ReportSink(request.Format, request.Out, only is not null, new ReportContext(catalog, request.Culture, output)))
            {
                long done = 0;
                await foreach (var batch in evaluation.EvaluateAsync())
                {
                    await evaluation.RecordAsync(batch);
                    report.Write(batch.Evaluations);
                    foreach (var evaluated in batch.Evaluations)
                    {
                        NoteBeyondLimit(evaluated);
                    }

                    done += batch.Count;
                    progress.Report(new ImportProgress("partners", done, evaluation.Total));
                }
            }

            return await evaluation.CompleteAsync();
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
                outcome.Partners,
                location.Display,
                asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                outcome.CatalogVersion,
                seconds,
                outcome.Partners / Math.Max(seconds, 0.001),
                outcome.SnapshotsRecorded,
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
}
