using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Hub.Dashboard.Data;

/// <summary>A run as a table row: with its store's name and how long it took (or has taken so far).</summary>
public sealed record RunRow(SyncRun Run, string StoreName, DateTimeOffset Now)
{
    public string Entity => SyncEntities.Name(Run.Entity);

    public bool Finished => Run.Status is SyncRunStatus.Succeeded or SyncRunStatus.Failed;

    public TimeSpan? Duration => Run.StartedAt is { } started ? (Run.FinishedAt ?? Now) - started : null;
}
