using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Hub.Apis.Resources;

public sealed record SyncRunResource(
    Guid Id,
    Guid StoreId,
    string Entity,
    SyncRunStatus Status,
    string Trigger,
    DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int Pages,
    int Upserted,
    int Stale,
    int Quarantined,
    int UnknownValues,
    double ThrottleWaitSeconds,
    string? Error)
{
    public static SyncRunResource From(SyncRun run) => new(
        run.Id, run.StoreId, SyncEntities.Name(run.Entity), run.Status, run.Trigger, run.QueuedAt, run.StartedAt, run.FinishedAt,
        run.Counts.Pages, run.Counts.Upserted, run.Counts.Stale, run.Counts.Quarantined, run.Counts.UnknownValues, run.Counts.ThrottleWait.TotalSeconds, run.Error);
}
