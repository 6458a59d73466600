using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Scheduler.Ports;

/// <summary>
/// An admin's schedule for one (store, entity), kept across restarts: an interval or a Quartz cron expression (UTC),
/// neither meaning the configured default interval, and whether it is paused.
/// </summary>
public sealed record SyncSchedule(Guid StoreId, SyncEntity Entity, TimeSpan? Interval, string? Cron, bool Paused, DateTimeOffset UpdatedAt);
