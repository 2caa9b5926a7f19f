using Attain.Core;
using Attain.Program;
using Attain.Program.Import;
using Attain.Program.Jobs;
using Attain.Web.Jobs;
using Microsoft.Extensions.Options;

namespace Attain.Web.Import;

/// <summary>
/// The web's import: a zipped data folder through <see cref="DropImport"/> (the same validation as `attain import`,
/// all or nothing, in the request), then a job that evaluates the program as of today in the background. Used by
/// the API and the page. Bad input is invalid (nothing written); a job already active is refused before anything is written.
/// </summary>
public sealed class DropImporter(AttainProgram program, JobGate jobs, IOptions<AttainWebOptions> options, ILogger<DropImporter> logger)
{
    public async Task<Validated<Admission>> ImportAsync(Stream body, CancellationToken cancellationToken)
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
            return Validated<Admission>.Invalid(unpacked.Problems);
        }

        using var drop = unpacked.Value!;
        var admission = await jobs.AdmitAsync(program.Db, JobKind.Import, program.Today, program.Clock, async () => await DropImport.RunAsync(program, drop.Folder, cancellationToken: cancellationToken), cancellationToken);
        if (admission.Import is { Written: false } rejected)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Import rejected with {ProblemCount} problems; nothing was written", rejected.Problems.Count);
            }

            return Validated<Admission>.Invalid(rejected.Problems);
        }

        if (admission.Job is { } job && admission.Import is { } outcome && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Imported a drop: {Added} rows added, {Changed} changed, {Unchanged} unchanged; catalog version {CatalogVersion}; job {JobId} evaluates the program",
                outcome.Counts.Sum(count => count.Added),
                outcome.Counts.Sum(count => count.Changed),
                outcome.Counts.Sum(count => count.Unchanged),
                outcome.CatalogVersion,
                job.Id);
        }

        return Validated<Admission>.Valid(admission);
    }
}
