using System.Diagnostics;
using Attain.Program;
using Attain.Program.Jobs;
using Attain.Web.Telemetry;

namespace Attain.Web.Jobs;

/// <summary>The hosted service that runs admitted jobs, one at a time, each in its own scope (its own store connection).</summary>
public sealed class JobRunner(JobGate jobs, IServiceScopeFactory scopes, ILogger<JobRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var id in jobs.Reader.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var program = scope.ServiceProvider.GetRequiredService<AttainProgram>();
            using var activity = AttainTelemetry.Source.StartActivity("attain.evaluation.job");
            var started = Stopwatch.GetTimestamp();
            try
            {
                var job = await ProgramJobs.RunAsync(program, id, stoppingToken);
                AttainTelemetry.PartnersEvaluated.Add(job.Done);
                AttainTelemetry.SnapshotDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
                activity?.SetTag("attain.job", id);
                activity?.SetTag("attain.partners", job.Done);
                activity?.SetTag("attain.snapshots", job.SnapshotsRecorded);
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Job {JobId} evaluated {Partners} partners as of {AsOf}: {Snapshots} new snapshots", id, job.Done, job.AsOf, job.SnapshotsRecorded);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: the job stays running in the store and is failed on the next start-up.
                return;
            }
#pragma warning disable CA1031 // One failed job must not stop the runner; the job itself records why it failed.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "Job {JobId} failed", id);
            }
        }
    }
}
