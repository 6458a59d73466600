using System.Threading.Channels;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>Stored pushes waiting for the processor, by row id; what it misses (a stop, a crash) it finds in the table at start.</summary>
internal sealed class WebhookQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Guid> Reader => _channel.Reader;

    public void Enqueue(IEnumerable<Guid> deliveryIds)
    {
        foreach (var id in deliveryIds)
        {
            _channel.Writer.TryWrite(id);
        }
    }
}
