using System.Diagnostics;
using Attain.Core;
using Attain.Program;
using Attain.Program.Import;
using Attain.Program.Jobs;
using Attain.Web.Jobs;
using Attain.Web.Telemetry;
using Microsoft.Extensions.Options;

namespace Attain.Web.Import;

/// <summary>
/// The web's import: a zipped data folder through <see cref="DropImport"/> (the same validation as `attain import`,
/// all or nothing, in the request), then a job that evaluates the program as of today in the background. Used by
/// the API and the page. Bad input is invalid (nothing written); a job already active is refused before anything is written.
/// </summary>
public sealed class DropImporter(
    AttainProgram program, JobGate jobs, IOptions<AttainWebOptions> options, ProblemLists problemLists, ILogger<DropImporter> logger)
{
    /// <summary>The id of the full problem list of the last rejected drop (<see cref="ProblemLists"/>), null when there is none.</summary>
    public string? ProblemListId { get; private set; }

    /// <summary>Imports the zip in <paramref name="body"/>, recorded as <paramref name="dropName"/> (the uploaded file's name).</summary>
    public async Task<Validated<Admission>> ImportAsync(Stream body, string dropName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var activity = AttainTelemetry.Source.StartActivity("attain.import");
        var started = Stopwatch.GetTimestamp();
        var result = await ImportMeasuredAsync(body, dropName, cancellationToken);
        var outcome = result.IsValid ? "imported" : "rejected";
        var tags = new TagList { { "attain.outcome", outcome } };
        AttainTelemetry.Imports.Add(1, tags);
        AttainTelemetry.ImportDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        activity?.SetTag("attain.outcome", outcome);
        activity?.SetTag("attain.problems", result.Problems.Count);
        foreach (var count in result.Value?.Import?.Counts ?? [])
        {
            AttainTelemetry.ImportRows.Add(count.Added, new TagList { { "attain.table", count.Table }, { "attain.change", "added" } });
            AttainTelemetry.ImportRows.Add(count.Changed, new TagList { { "attain.table", count.Table }, { "attain.change", "changed" } });
            AttainTelemetry.ImportRows.Add(count.Unchanged, new TagList { { "attain.table", count.Table }, { "attain.change", "unchanged" } });
        }

        return result;
    }

    private async Task<Validated<Admission>> ImportMeasuredAsync(Stream body, string dropName, CancellationToken cancellationToken)
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
            return Validated<Admission>.Invalid(unpacked.Problems);
        }

        using var drop = unpacked.Value!;
        // Every problem goes to a file as it is found; the answer carries a bounded, grouped list (issue #9).
        var (listId, list) = problemLists.Create();
        Admission admission;
        await using (list)
        {
            admission = await jobs.AdmitAsync(
                program.Db, JobKind.Import, program.Today, program.Clock,
                async () => await DropImport.RunAsync(program, drop.Folder, everyProblem: list, dropName: dropName, cancellationToken: cancellationToken),
                cancellationToken);
        }

        if (admission.Import is { Written: false })
        {
            ProblemListId = listId;
        }
        else
        {
            ProblemLists.Remove(listId);
        }

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
