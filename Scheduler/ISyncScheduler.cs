using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Scheduler;

/// <summary>Puts stores on the schedule and starts syncs on demand.</summary>
public interface ISyncScheduler
{
    /// <summary>Registers a job per entity the store's connector can pull, each on its configured interval.</summary>
    Task ScheduleStoreAsync(StoreAccount account, CancellationToken cancellationToken);

    /// <summary>Queues a run and starts it as soon as no other run of the same (store, entity) is going.</summary>
    Task<SyncRun> TriggerAsync(Guid storeId, SyncEntity entity, CancellationToken cancellationToken);
}
