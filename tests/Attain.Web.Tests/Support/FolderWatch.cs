namespace Attain.Web.Tests.Support;

/// <summary>
/// Watches how many bytes a folder holds while something runs, and keeps the most it saw: what an import
/// wrote to its temporary folder before it was rejected (which then deletes it). Polled, so it can only
/// under-count; a test asserting "at most N" against it fails on the old code that wrote far more.
/// </summary>
public sealed class FolderWatch : IAsyncDisposable
{
    private readonly string _folder;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;

    public FolderWatch(string folder)
    {
        _folder = folder;
        _watching = Task.Run(WatchAsync);
    }

    public long MostBytesSeen { get; private set; }

    public async Task<long> StopAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        MostBytesSeen = Math.Max(MostBytesSeen, BytesNow());
        return MostBytesSeen;
    }

    private async Task WatchAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            MostBytesSeen = Math.Max(MostBytesSeen, BytesNow());
            await Task.Delay(1);
        }
    }

    private long BytesNow()
    {
        long total = 0;
        try
        {
            foreach (var file in new DirectoryInfo(_folder).EnumerateFiles("*", SearchOption.AllDirectories))
            {
                try
                {
                    total += file.Length;
                }
                catch (FileNotFoundException)
                {
                    // Deleted between listing and reading its size.
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
            // A subfolder deleted while it was listed.
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_watching.IsCompleted)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }
}
