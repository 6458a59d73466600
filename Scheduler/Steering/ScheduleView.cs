using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Scheduler.Steering;

/// <summary>One (store, entity)'s schedule as it stands: its own interval or cron (both null: the configured default), paused, next fire.</summary>
public sealed record ScheduleView(Guid StoreId, SyncEntity Entity, TimeSpan? Interval, string? Cron, bool Paused, DateTimeOffset? NextFireAt);
