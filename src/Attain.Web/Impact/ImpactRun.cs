using Attain.Program.Impact;

namespace Attain.Web.Impact;

/// <summary>
/// One impact computation held in memory (nothing is stored): what it compares, how far it is, and its result or why it
/// failed. The page and the API read it by <see cref="Id"/> while it runs and for an hour after.
/// </summary>
public sealed class ImpactRun(Guid id, string proposal, DateOnly asOf, long total, DateTimeOffset startedAt)
{
    private long _done;

    public Guid Id => id;

    /// <summary>The proposal's name for people: the uploaded file's or the shipped catalog's.</summary>
    public string Proposal => proposal;

    public DateOnly AsOf => asOf;

    public long Total => total;

    public long Done => Interlocked.Read(ref _done);

    public DateTimeOffset StartedAt => startedAt;

    public ImpactResult? Result { get; private set; }

    public string? Failure { get; private set; }

    public bool Finished => Result is not null || Failure is not null;

    internal void Progress(long done) => Interlocked.Exchange(ref _done, done);

    internal void Complete(ImpactResult result)
    {
        Progress(result.Evaluated);
        Result = result;
    }

    internal void Fail(string reason) => Failure = reason;
}
