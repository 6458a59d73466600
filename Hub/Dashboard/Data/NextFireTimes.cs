using Quartz;

namespace CrossBorderHub.Hub.Dashboard.Data;

/// <summary>When each store's scheduled syncs fire next, read from the scheduler's triggers.</summary>
public sealed class NextFireTimes(ISchedulerFactory schedulers)
{
    // The scheduler names a store's triggers "{storeId:N}.{entity}..." in its "sync" group.
    private const string SyncGroup = "sync";

    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> ByStoreAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var next = new Dictionary<Guid, DateTimeOffset>();
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(SyncGroup), cancellationToken))
        {
            var dot = key.Name.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || !Guid.TryParseExact(key.Name[..dot], "N", out var storeId)
                || await scheduler.GetTriggerState(key, cancellationToken) is TriggerState.Paused or TriggerState.Complete or TriggerState.None
                || await scheduler.GetTrigger(key, cancellationToken) is not { } trigger
                || trigger.NextFireTimeUtc is not { } fire)
            {
                continue;
            }

            next[storeId] = next.TryGetValue(storeId, out var earlier) && earlier < fire ? earlier : fire;
        }

        return next;
    }
}
