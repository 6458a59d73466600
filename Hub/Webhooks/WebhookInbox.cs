using System.Collections.Concurrent;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Caching.Memory;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>
/// Turns verified pushes into syncs: a notification id seen before (marketplaces redeliver) is dropped for a day, and a
/// push for a store whose webhook-started run has not begun yet starts nothing more, since that run will read the change.
/// </summary>
internal sealed class WebhookInbox(ISyncScheduler scheduler, ISyncRunStore runs) : IDisposable
{
    private static readonly TimeSpan RememberFor = TimeSpan.FromDays(1);

    private readonly MemoryCache _seen = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly ConcurrentDictionary<Guid, Guid> _queued = new();
    private readonly Lock _gate = new();

    /// <summary>False when this store already had this notification; true (and remembered) otherwise or without an id.</summary>
    public bool FirstDelivery(Guid storeId, string? notificationId)
    {
        if (notificationId is null)
        {
            return true;
        }

        var key = $"{storeId:N}/{notificationId}";
        lock (_gate)
        {
            if (_seen.TryGetValue(key, out _))
            {
                return false;
            }

            _seen.Set(key, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = RememberFor });
            return true;
        }
    }

    /// <summary>Starts an orders sync of the store unless one this inbox started is still queued; the run, or null.</summary>
    public async Task<SyncRun?> SyncOrdersAsync(Guid storeId, CancellationToken cancellationToken)
    {
        if (_queued.TryGetValue(storeId, out var runId) && await runs.FindAsync(runId, cancellationToken) is { Status: SyncRunStatus.Queued })
        {
            return null;
        }

        var run = await scheduler.TriggerAsync(storeId, SyncEntity.Orders, cancellationToken);
        _queued[storeId] = run.Id;
        return run;
    }

    public void Dispose() => _seen.Dispose();
}
