using Microsoft.Extensions.Options;

namespace CrossBorderHub.Scheduler.Fairness;

/// <summary>
/// Remembers, for <see cref="SyncOptions.QueueLagWindow"/>, how long sync triggers waited between their scheduled fire
/// and their run's start, so readiness can tell a hub that keeps up from one whose queue is backing up.
/// </summary>
public sealed class QueueLagMonitor(TimeProvider time, IOptions<SyncOptions> options)
{
    private const int MaxSamples = 4096;

    private readonly Lock _gate = new();
    private readonly Queue<QueueLagSample> _samples = new();

    public void Record(Guid storeId, TimeSpan lag)
    {
        lock (_gate)
        {
            _samples.Enqueue(new QueueLagSample(time.GetUtcNow(), storeId, lag < TimeSpan.Zero ? TimeSpan.Zero : lag));
            while (_samples.Count > MaxSamples)
            {
                _samples.Dequeue();
            }
        }
    }

    /// <summary>The longest lag seen within the window, or null when no run started in it.</summary>
    public QueueLagSample? Worst()
    {
        var since = time.GetUtcNow() - options.Value.QueueLagWindow;
        lock (_gate)
        {
            while (_samples.TryPeek(out var oldest) && oldest.At < since)
            {
                _samples.Dequeue();
            }

            return _samples.Count == 0 ? null : _samples.MaxBy(s => s.Lag);
        }
    }
}
