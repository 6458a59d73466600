namespace CrossBorderHub.Scheduler.Ports;

/// <summary>What a run has done so far; <see cref="ThrottleWait"/> is the time its pulls spent waiting for the marketplace's rate budget.</summary>
public sealed record SyncRunCounts(int Pages, int Upserted, int Stale, int Quarantined, int UnknownValues, TimeSpan ThrottleWait = default)
{
    public static SyncRunCounts None { get; } = new(0, 0, 0, 0, 0);
}
