using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace CrossBorderHub.Scheduler;

/// <summary>
/// Pulls the next page from the marketplace while the current one is being written: the two overlap, and at most
/// <c>capacity</c> pages wait in memory. Order is kept; a failure on either side ends both.
/// </summary>
internal static class PagePrefetch
{
    public static async IAsyncEnumerable<T> Ahead<T>(IAsyncEnumerable<T> source, int capacity, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in source.WithCancellation(stop.Token))
                    {
                        await channel.Writer.WriteAsync(item, stop.Token);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception exception)
                {
                    channel.Writer.Complete(exception);
                }
            },
            CancellationToken.None);

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
            await producer;
        }
    }
}
