namespace CrossBorderHub.Scheduler.Ports;

public enum SyncRunStatus
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}
