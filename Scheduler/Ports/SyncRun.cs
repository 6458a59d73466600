using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Scheduler.Ports;

/// <summary>One sync of one (store, entity): when, how it ended, what it did. <see cref="Trigger"/> is "schedule" or "manual".</summary>
public sealed record SyncRun(
    Guid Id,
    Guid StoreId,
    SyncEntity Entity,
    SyncRunStatus Status,
    string Trigger,
    DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    SyncRunCounts Counts,
    string? Error);
