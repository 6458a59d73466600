namespace CrossBorderHub.Scheduler.Ports;

/// <summary>The admins' schedules per (store, entity), kept by the host's database.</summary>
public interface ISyncScheduleStore
{
    Task<IReadOnlyList<SyncSchedule>> ListAsync(Guid? storeId, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the schedule of its (store, entity).</summary>
    Task SaveAsync(SyncSchedule schedule, CancellationToken cancellationToken);
}
