namespace CrossBorderHub.Scheduler.Fairness;

/// <summary>
/// What readiness needs from the scheduler: whether it is running, and the queue lag: the longer of the worst wait a
/// run started after (within the window) and how overdue the most overdue sync trigger that has not fired yet is.
/// </summary>
public sealed record SchedulerHealthReport(bool Running, TimeSpan QueueLag, TimeSpan MaxQueueLag, Guid? LaggingStoreId, int OverdueTriggers)
{
    public bool Lagging => QueueLag > MaxQueueLag;
}
