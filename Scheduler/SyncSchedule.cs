using Quartz;

namespace CrossBorderHub.Scheduler;

/// <summary>The interval trigger of a (store, entity) and what it does after downtime.</summary>
internal static class SyncSchedule
{
    /// <summary>Fires once at once for any number of missed intervals, then keeps the interval from there.</summary>
    public const SimpleTriggerMisfireInstruction MisfireInstruction = SimpleTriggerMisfireInstruction.NowWithExistingCount;

    public static ITrigger Trigger(TriggerKey key, JobKey job, TimeSpan interval, DateTimeOffset start) =>
        TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(job)
            .StartAt(start)
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(MisfireInstruction))
            .Build();
}
