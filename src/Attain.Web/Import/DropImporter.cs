using System.Diagnostics;
using Attain.Core;
using Attain.Data.Store;
using Attain.Data.Store.Import;
using Attain.Web.Evaluation;
using Attain.Web.Telemetry;
using Microsoft.Extensions.Options;

namespace Attain.Web.Import;

/// <summary>
/// The web's import: a zipped data folder through the same <see cref="FolderImport"/> as `attain import` (the
/// same validation, all or nothing), then a snapshot of every partner as of today. Used by the API and the page.
/// </summary>
public sealed class DropImporter(AttainDbContext db, ProgramEvaluator evaluator, CatalogSourceText source, IOptions<AttainWebOptions> options, ILogger<DropImporter> logger)
{
    public async Task<Validated<ImportResult>> ImportAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var activity = AttainTelemetry.Source.StartActivity("attain.import");
        var started = Stopwatch.GetTimestamp();
        var result = await ImportMeasuredAsync(body, cancellationToken);
        var outcome = result.IsValid ? "imported" : "rejected";
        var tags = new TagList { { "attain.outcome", outcome } };
        AttainTelemetry.Imports.Add(1, tags);
        AttainTelemetry.ImportDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        activity?.SetTag("attain.outcome", outcome);
        activity?.SetTag("attain.problems", result.Problems.Count);
        foreach (var count in result.Value?.Counts ?? [])
        {
            AttainTelemetry.ImportRows.Add(count.Added, new TagList { { "attain.table", count.Table }, { "attain.change", "added" } });
            AttainTelemetry.ImportRows.Add(count.Changed, new TagList { { "attain.table", count.Table }, { "attain.change", "changed" } });
            AttainTelemetry.ImportRows.Add(count.Unchanged, new TagList { { "attain.table", count.Table }, { "attain.change", "unchanged" } });
        }

        return result;
    }

    private async Task<Validated<ImportResult>> ImportMeasuredAsync(Stream body, CancellationToken cancellationToken)
    {
        // The zip reader needs a seekable stream and synchronous reads; the caller bounds the body's size.
        using var buffered = body.CanSeek ? null : new MemoryStream();
        if (buffered is not null)
        {
            await body.CopyToAsync(buffered, cancellationToken);
            buffered.Position = 0;
        }

        var unpacked = ZipDrop.Unpack(buffered ?? body, options.Value.ZipLimits, options.Value.ImportTempRoot);
        if (!unpacked.IsValid)
        {
            return Validated<ImportResult>.Invalid(unpacked.Problems);
        }

        using var drop = unpacked.Value!;
        var outcome = await FolderImport.RunAsync(db, drop.Folder, evaluator.Catalog, source.Value, cancellationToken: cancellationToken);
        if (!outcome.Written)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Import rejected with {ProblemCount} problems; nothing was written", outcome.Problems.Count);
            }
            return Validated<ImportResult>.Invalid(outcome.Problems);
        }

        var recorded = await evaluator.RecordSnapshotsAsync(evaluator.Today, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Imported a drop: {Added} rows added, {Changed} changed, {Unchanged} unchanged; catalog version {CatalogVersion}; {Snapshots} new snapshots",
                outcome.Counts.Sum(count => count.Added),
                outcome.Counts.Sum(count => count.Changed),
                outcome.Counts.Sum(count => count.Unchanged),
                outcome.CatalogVersion,
                recorded);
        }
        return Validated<ImportResult>.Valid(new ImportResult(outcome.Counts, outcome.CatalogVersion, recorded));
    }
}
