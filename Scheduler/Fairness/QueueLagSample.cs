namespace CrossBorderHub.Scheduler.Fairness;

/// <summary>One run's wait between its trigger's scheduled fire and its start.</summary>
public sealed record QueueLagSample(DateTimeOffset At, Guid StoreId, TimeSpan Lag);
