using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Attain.Data;

/// <summary>
/// Runs a stream on a task of its own, at most a few items ahead of the caller (a bounded channel), so that producing the
/// next items overlaps with the caller's work on this one. A failure reaches the caller where it reads the next item; a
/// caller that stops early (or fails) stops the producer and waits for it to let go of what it holds.
/// </summary>
public static class ReadAhead
{
    public static async IAsyncEnumerable<T> RunAheadAsync<T>(this IAsyncEnumerable<T> source, int itemsAhead, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(itemsAhead, 1);
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(itemsAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producing = Task.Run(() => ProduceAsync(source, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producing;
        }
    }

    private static async Task ProduceAsync<T>(IAsyncEnumerable<T> source, ChannelWriter<T> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken))
            {
                await writer.WriteAsync(item, cancellationToken);
            }

            writer.TryComplete();
        }
        catch (Exception exception)
        {
            // A cancelled producer just ends: the caller stopped it, or is being cancelled itself.
            writer.TryComplete(exception is OperationCanceledException ? null : exception);
        }
    }
}
