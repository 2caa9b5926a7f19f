using System.Threading.Channels;
using Attain.Data.Store;
using Attain.Data.Store.Import;
using Attain.Program.Jobs;

namespace Attain.Web.Jobs;

/// <summary>
/// Admits long work one job at a time. While a job is queued or running, another import or evaluation is refused
/// (409, naming the job) rather than queued: an import written while the program is being evaluated would leave
/// that evaluation out of date as soon as it finished, and the operator would wait on a queue they cannot see.
/// The gate also makes "is a job active? then import and create the job" one step, so two imports cannot both pass.
/// </summary>
public sealed class JobGate : IDisposable
{
    private readonly Channel<long> _channel = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ChannelReader<long> Reader => _channel.Reader;

    /// <summary>
    /// Runs <paramref name="work"/> (an import, or nothing) and creates its job, unless a job is active: then the
    /// active job, and nothing is done. A <paramref name="work"/> that answers null (bad input) creates no job.
    /// </summary>
    public async Task<Admission> AdmitAsync(AttainDbContext db, JobKind kind, DateOnly asOf, TimeProvider clock, Func<Task<ImportOutcome?>>? work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (await ProgramJobs.ActiveAsync(db, cancellationToken) is { } active)
            {
                return new Admission(null, active, null);
            }

            ImportOutcome? import = null;
            if (work is not null)
            {
                import = await work();
                if (import is null || !import.Written)
                {
                    return new Admission(null, null, import);
                }
            }

            var job = await ProgramJobs.CreateAsync(db, kind, asOf, import, clock, cancellationToken);
            await _channel.Writer.WriteAsync(job.Id, cancellationToken);
            return new Admission(job, null, import);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
