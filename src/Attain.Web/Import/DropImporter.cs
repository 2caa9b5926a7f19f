using Attain.Core;
using Attain.Data.Store;
using Attain.Data.Store.Import;
using Attain.Web.Evaluation;
using Microsoft.Extensions.Options;

namespace Attain.Web.Import;

/// <summary>
/// The web's import: a zipped data folder through the same <see cref="FolderImport"/> as `attain import` (the
/// same validation, all or nothing), then a snapshot of every partner as of today. Used by the API and the page.
/// </summary>
public sealed class DropImporter(
    AttainDbContext db, ProgramEvaluator evaluator, CatalogSourceText source, IOptions<AttainWebOptions> options, ProblemLists problemLists, ILogger<DropImporter> logger)
{
    /// <summary>The id of the full problem list of the last rejected drop (<see cref="ProblemLists"/>), null when there is none.</summary>
    public string? ProblemListId { get; private set; }

    public async Task<Validated<ImportResult>> ImportAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        // The zip reader needs a seekable stream and synchronous reads; the caller bounds the body's size.
        using var buffered = body.CanSeek ? null : new MemoryStream();
        if (buffered is not null)
        {
            await body.CopyToAsync(buffered, cancellationToken);
            buffered.Position = 0;
        }

        // Twenty times the upload limit: CSV compresses well, but not that well; more is a zip bomb.
        var unpacked = ZipDrop.Unpack(buffered ?? body, options.Value.ImportLimitBytes * 20);
        if (!unpacked.IsValid)
        {
            return Validated<ImportResult>.Invalid(unpacked.Problems);
        }

        using var drop = unpacked.Value!;
        // Every problem goes to a file as it is found; the answer carries a bounded, grouped list (issue #9).
        var (listId, list) = problemLists.Create();
        ImportOutcome outcome;
        await using (list)
        {
            outcome = await FolderImport.RunAsync(db, drop.Folder, evaluator.Catalog, source.Value, everyProblem: list, cancellationToken: cancellationToken);
        }

        if (outcome.Written)
        {
            ProblemLists.Remove(listId);
        }
        else
        {
            ProblemListId = listId;
        }

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
