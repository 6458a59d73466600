namespace CrossBorderHub.Scheduler;

/// <summary>Why a run started, as recorded in its history.</summary>
public static class SyncTriggers
{
    public const string Schedule = "schedule";
    public const string Manual = "manual";
    public const string Retry = "retry";

    /// <summary>Continues a run deferred for rate budget, from its checkpoint, once the budget has refilled.</summary>
    public const string Resume = "resume";

    /// <summary>An admin's backfill from a date.</summary>
    public const string Backfill = "backfill";
}
