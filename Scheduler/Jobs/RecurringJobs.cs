using Quartz;

namespace CrossBorderHub.Scheduler.Jobs;

/// <summary>
/// Puts a hub-wide maintenance job on a fixed interval, idempotently: with a persistent, possibly clustered job store the
/// job and its trigger may already exist from a previous start or from another node.
/// </summary>
internal static class RecurringJobs
{
    /// <summary>Stores the durable job; schedules its trigger when missing and replaces it only when the interval changed.</summary>
    public static async Task EnsureAsync<TJob>(
        this IScheduler scheduler, JobKey jobKey, TriggerKey triggerKey, TimeSpan interval, bool scheduled, CancellationToken cancellationToken)
        where TJob : IJob
    {
        var job = JobBuilder.Create<TJob>().WithIdentity(jobKey).StoreDurably().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        var existing = await scheduler.GetTrigger(triggerKey, cancellationToken);
        if (!scheduled)
        {
            if (existing is not null)
            {
                await scheduler.UnscheduleJob(triggerKey, cancellationToken);
            }

            return;
        }

        // Fires missed while the hub was down are caught up once, not once per missed interval.
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(jobKey)
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
            .Build();
        if (existing is ISimpleTrigger simple)
        {
            if (simple.RepeatInterval != interval)
            {
                await scheduler.RescheduleJob(triggerKey, trigger, cancellationToken);
            }

            return;
        }

        try
        {
            await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another node of the cluster scheduled it first.
        }
    }
}
