using System.Collections.Concurrent;
using Attain.Core.Catalog;
using Attain.Program;
using Attain.Program.Impact;

namespace Attain.Web.Impact;

/// <summary>
/// Runs catalog impacts (<see cref="CatalogImpact"/>) in the background, one at a time, each in its own scope (its own store
/// connection), and keeps them in memory for <see cref="Kept"/>: at 100k partners an impact takes about as long as
/// `evaluate --all`, too long for a request, and the result is paged, filtered and downloaded afterwards. Nothing is
/// written to the store, so no job row either: a restart forgets them, and the operator runs the impact again.
/// </summary>
public sealed class ImpactRuns(IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<ImpactRuns> logger)
{
    public static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<Guid, ImpactRun> _runs = new();
    private int _running;

    /// <summary>Starts an impact of <paramref name="proposed"/> on <paramref name="asOf"/>, or null while another one runs.</summary>
    public ImpactRun? TryStart(VersionedCatalog proposed, string proposal, DateOnly asOf, long total)
    {
        ArgumentNullException.ThrowIfNull(proposed);

        // One at a time: an impact keeps both cores busy as an evaluation does.
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return null;
        }

        RemoveOld();
        var run = new ImpactRun(Guid.NewGuid(), proposal, asOf, total, clock.GetUtcNow());
        _runs[run.Id] = run;
        _ = Task.Run(() => RunAsync(run, proposed), CancellationToken.None);
        return run;
    }

    public ImpactRun? Find(string? id) =>
        Guid.TryParseExact(id, "N", out var guid) && _runs.TryGetValue(guid, out var run) ? run : null;

    /// <summary>The run still computing, if any: a second one is refused while it runs, and the answer names it.</summary>
    public ImpactRun? Running => _runs.Values.FirstOrDefault(run => !run.Finished);

    private async Task RunAsync(ImpactRun run, VersionedCatalog proposed)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var program = scope.ServiceProvider.GetRequiredService<AttainProgram>();
            var result = await CatalogImpact.RunAsync(program.Db, program.Catalog, proposed, run.AsOf, new Progress(run), lifetime.ApplicationStopping);
            run.Complete(result);
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Catalog impact {RunId} of {Proposal} as of {AsOf}: {Partners} partners evaluated, {Changes} would change", run.Id, run.Proposal, run.AsOf, result.Evaluated, result.Changes.Count);
            }
        }
        catch (OperationCanceledException)
        {
            run.Fail("The web app stopped while the impact ran; run it again.");
        }
#pragma warning disable CA1031 // A failed impact must say why on its page, not vanish with the background task.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Catalog impact {RunId} failed", run.Id);
            run.Fail(exception.Message);
        }
        finally
        {
            Interlocked.Exchange(ref _running, 0);
        }
    }

    private void RemoveOld()
    {
        foreach (var (id, run) in _runs)
        {
            if (run.Finished && clock.GetUtcNow() - run.StartedAt > Kept)
            {
                _runs.TryRemove(id, out _);
            }
        }
    }

    /// <summary>Reports progress straight onto the run: <see cref="Progress{T}"/> would post to a captured context.</summary>
    private sealed class Progress(ImpactRun run) : IProgress<long>
    {
        public void Report(long value) => run.Progress(value);
    }
}
