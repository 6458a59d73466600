using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Hub.Dashboard.Data;

/// <summary>How a store's syncs have gone lately, from its newest runs.</summary>
public sealed record StoreHealth(DateTimeOffset? LastSuccess, DateTimeOffset? LastFailure, int ConsecutiveFailures, string? LastError)
{
    /// <summary><paramref name="newestFirst"/>: the store's runs, newest first; failures count back to the newest success.</summary>
    public static StoreHealth From(IReadOnlyList<SyncRun> newestFirst)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        var finished = newestFirst.Where(r => r.Status is SyncRunStatus.Succeeded or SyncRunStatus.Failed).ToList();
        var lastSuccess = finished.FirstOrDefault(r => r.Status == SyncRunStatus.Succeeded);
        var lastFailure = finished.FirstOrDefault(r => r.Status == SyncRunStatus.Failed);
        var consecutive = finished.TakeWhile(r => r.Status == SyncRunStatus.Failed).Count();
        return new StoreHealth(lastSuccess?.FinishedAt, lastFailure?.FinishedAt, consecutive, lastFailure?.Error);
    }
}
