using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Scheduler;

/// <summary>Puts stores on the schedule and starts syncs on demand.</summary>
public interface ISyncScheduler
{
    /// <summary>
    /// Registers a job per entity the store's connector can pull, each on its saved schedule (interval or cron) or the
    /// configured interval; a paused store's jobs, and entities whose saved schedule is paused, stay paused.
    /// </summary>
    Task ScheduleStoreAsync(ScheduledStore store, CancellationToken cancellationToken);

    /// <summary>Stops the store's scheduled syncs (needs re-authorization, paused by an admin) until <see cref="ResumeStoreAsync"/>.</summary>
    Task PauseStoreAsync(Guid storeId, CancellationToken cancellationToken);

    /// <summary>Puts a paused store's syncs back on their schedule; they resume from their checkpoints.</summary>
    Task ResumeStoreAsync(Guid storeId, CancellationToken cancellationToken);

    /// <summary>Removes the store's jobs and triggers (the store was removed).</summary>
    Task UnscheduleStoreAsync(Guid storeId, CancellationToken cancellationToken);

    /// <summary>Queues a run and starts it as soon as no other run of the same (store, entity) is going.</summary>
    Task<SyncRun> TriggerAsync(Guid storeId, SyncEntity entity, CancellationToken cancellationToken);

    /// <summary>Queues a run that starts from <paramref name="from"/> rather than the stored checkpoint (see <see cref="Steering.BackfillCheckpoint"/>).</summary>
    Task<SyncRun> TriggerBackfillAsync(Guid storeId, SyncEntity entity, DateTimeOffset from, CancellationToken cancellationToken);
}
