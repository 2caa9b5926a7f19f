namespace Attain.Web.Import;

/// <summary>
/// One import at a time, for the API and the page alike: an import holds its upload in memory and its unpacked
/// files on disk, so parallel uploads would multiply both. A second upload waits a moment, then is told to retry.
/// </summary>
public sealed class ImportGate : IDisposable
{
    /// <summary>How long a second import waits for the first before it is refused (429).</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(2);

    /// <summary>The Retry-After a refused import is given, in seconds.</summary>
    public const int RetryAfterSeconds = 10;

    private readonly SemaphoreSlim _one = new(1, 1);

    public Task<bool> TryEnterAsync(CancellationToken cancellationToken) => _one.WaitAsync(Wait, cancellationToken);

    public void Exit() => _one.Release();

    public void Dispose() => _one.Dispose();
}
