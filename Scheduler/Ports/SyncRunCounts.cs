namespace CrossBorderHub.Scheduler.Ports;

/// <summary>What a run has done so far.</summary>
public sealed record SyncRunCounts(int Pages, int Upserted, int Stale, int Quarantined, int UnknownValues)
{
    public static SyncRunCounts None { get; } = new(0, 0, 0, 0, 0);
}
