using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Scheduler;

/// <summary>
/// What the hub does when a marketplace refuses a store's credentials, whether a sync or a push found out: the store
/// is marked as needing re-authorization with the marketplace's reason, and its scheduled syncs pause until new
/// credentials arrive.
/// </summary>
internal sealed class StoreReauthorization(IStoreStatusWriter statuses, ISyncScheduler scheduler, TimeProvider time)
{
    public async Task RequireAsync(Guid storeId, string reason, CancellationToken cancellationToken)
    {
        await statuses.MarkNeedsReauthorizationAsync(storeId, reason, time.GetUtcNow(), cancellationToken);
        await scheduler.PauseStoreAsync(storeId, cancellationToken);
    }
}
