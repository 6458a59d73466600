using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Scheduler.Ports;

/// <summary>The history of sync runs, kept by the host's database.</summary>
public interface ISyncRunStore
{
    Task<SyncRun> QueueAsync(Guid storeId, SyncEntity entity, string trigger, DateTimeOffset queuedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Queues a manual run unless one of the (store, entity) is already queued and not yet started; then that one is
    /// returned with <see cref="QueuedRun.Created"/> false, so repeated requests coalesce instead of piling up.
    /// </summary>
    Task<QueuedRun> QueueManualAsync(Guid storeId, SyncEntity entity, DateTimeOffset queuedAt, CancellationToken cancellationToken);

    Task MarkRunningAsync(Guid runId, DateTimeOffset startedAt, CancellationToken cancellationToken);

    Task UpdateCountsAsync(Guid runId, SyncRunCounts counts, CancellationToken cancellationToken);

    Task FinishAsync(Guid runId, SyncRunStatus status, SyncRunCounts counts, DateTimeOffset finishedAt, string? error, CancellationToken cancellationToken);

    /// <summary>Marks every Running run, and with <paramref name="queuedToo"/> every Queued one, Interrupted with <paramref name="reason"/>: at start-up, runs left by a hub that stopped.</summary>
    Task<int> AbandonUnfinishedAsync(string reason, DateTimeOffset finishedAt, bool queuedToo, CancellationToken cancellationToken);

    /// <summary>
    /// Marks Interrupted the runs of (store, entity) still Running other than <paramref name="currentRunId"/>: only one
    /// run of a (store, entity) executes at a time in the whole cluster, so any other left Running belongs to a dead process.
    /// </summary>
    Task<int> InterruptOthersAsync(Guid storeId, SyncEntity entity, Guid currentRunId, string reason, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    /// <summary>Deletes finished runs (any final status) that finished before <paramref name="finishedBefore"/>; returns how many.</summary>
    Task<int> TrimAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken);

    Task<SyncRun?> FindAsync(Guid runId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SyncRun>> ListAsync(Guid? storeId, int limit, CancellationToken cancellationToken);
}
