using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Steering;

namespace CrossBorderHub.Hub.Apis.Admin;

public sealed record ScheduleResource(Guid StoreId, string Entity, double? IntervalSeconds, string? Cron, bool Paused, DateTimeOffset? NextFireAt)
{
    public static ScheduleResource From(ScheduleView view) =>
        new(view.StoreId, SyncEntities.Name(view.Entity), view.Interval?.TotalSeconds, view.Cron, view.Paused, view.NextFireAt);
}
