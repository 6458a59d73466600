using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Scheduler.Ports;

/// <summary>The history of sync runs, kept by the host's database.</summary>
public interface ISyncRunStore
{
    Task<SyncRun> QueueAsync(Guid storeId, SyncEntity entity, string trigger, DateTimeOffset queuedAt, CancellationToken cancellationToken);

    Task MarkRunningAsync(Guid runId, DateTimeOffset startedAt, CancellationToken cancellationToken);

    Task UpdateCountsAsync(Guid runId, SyncRunCounts counts, CancellationToken cancellationToken);

    Task FinishAsync(Guid runId, SyncRunStatus status, SyncRunCounts counts, DateTimeOffset finishedAt, string? error, CancellationToken cancellationToken);

    /// <summary>Marks every Queued or Running run Failed with <paramref name="reason"/>: at start-up, runs left by a hub that stopped.</summary>
    Task<int> AbandonUnfinishedAsync(string reason, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    Task<SyncRun?> FindAsync(Guid runId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SyncRun>> ListAsync(Guid? storeId, int limit, CancellationToken cancellationToken);
}
