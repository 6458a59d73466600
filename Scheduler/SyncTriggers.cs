namespace CrossBorderHub.Scheduler;

/// <summary>Why a run started, as recorded in its history.</summary>
public static class SyncTriggers
{
    public const string Schedule = "schedule";
    public const string Manual = "manual";
    public const string Retry = "retry";
}
