using System.Globalization;
using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Scheduler.Jobs;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CrossBorderHub.Scheduler;

internal sealed class QuartzSyncScheduler(
    ISchedulerFactory schedulerFactory,
    IConnectorRegistry connectors,
    ISyncRunStore runs,
    ISyncScheduleStore schedules,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<QuartzSyncScheduler> logger) : ISyncScheduler
{
    public async Task ScheduleStoreAsync(ScheduledStore account, CancellationToken cancellationToken)
    {
        var connector = connectors.Find(account.Marketplace);
        if (connector is null)
        {
            return;
        }

        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var saved = (await schedules.ListAsync(account.Id, cancellationToken)).ToDictionary(s => s.Entity);
        foreach (var entity in SyncEntities.All.Where(e => connector.Capabilities.HasFlag(SyncEntities.RequiredCapability(e))))
        {
            await EnsureJobAsync(scheduler, account.Id, entity, cancellationToken);
            saved.TryGetValue(entity, out var schedule);
            if (options.Value.ScheduleEnabled)
            {
                await PlanAsync(scheduler, account.Id, entity, schedule, cancellationToken);
            }

            var job = SyncJobKeys.For(account.Id, entity);
            _ = account.Paused || schedule?.Paused == true
                ? await scheduler.PauseJob(job, cancellationToken)
                : await scheduler.ResumeJob(job, cancellationToken);
        }
    }

    public async Task<SyncRun> TriggerBackfillAsync(Guid storeId, SyncEntity entity, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await EnsureJobAsync(scheduler, storeId, entity, cancellationToken);
        var run = await runs.QueueAsync(storeId, entity, SyncTriggers.Backfill, time.GetUtcNow(), cancellationToken);
        var data = new JobDataMap
        {
            [SyncJobKeys.RunId] = run.Id.ToString(),
            [SyncJobKeys.BackfillFrom] = from.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        };
        await scheduler.TriggerJob(SyncJobKeys.For(storeId, entity), data, cancellationToken);
        return run;
    }

    /// <summary>The (store, entity)'s trigger on its saved interval or cron, or on the configured interval.</summary>
    private async Task PlanAsync(IScheduler scheduler, Guid storeId, SyncEntity entity, SyncSchedule? schedule, CancellationToken cancellationToken)
    {
        var builder = TriggerBuilder.Create()
            .WithIdentity(SyncJobKeys.ScheduleTrigger(storeId, entity))
            .ForJob(SyncJobKeys.For(storeId, entity))
            .WithExecutionGroup(SyncJobKeys.ExecutionGroup(storeId));
        if (schedule?.Cron is { } cron)
        {
            builder.WithCronSchedule(cron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed));
            SchedulerLog.ScheduledByCron(logger, entity, storeId, cron);
        }
        else
        {
            var interval = schedule?.Interval ?? options.Value.IntervalFor(entity);
            builder.StartNow().WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount));
            SchedulerLog.Scheduled(logger, entity, storeId, interval);
        }

        var trigger = builder.Build();
        if (await scheduler.Exists(trigger.Key, cancellationToken))
        {
            await scheduler.RescheduleJob(trigger.Key, trigger, cancellationToken);
        }
        else
        {
            await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
        }
    }

    public async Task PauseStoreAsync(Guid storeId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        foreach (var key in await StoreJobsAsync(scheduler, storeId, cancellationToken))
        {
            await scheduler.PauseJob(key, cancellationToken);
        }
    }

    public async Task ResumeStoreAsync(Guid storeId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        foreach (var key in await StoreJobsAsync(scheduler, storeId, cancellationToken))
        {
            await scheduler.ResumeJob(key, cancellationToken);
        }
    }

    public async Task UnscheduleStoreAsync(Guid storeId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.DeleteJobs([.. await StoreJobsAsync(scheduler, storeId, cancellationToken)], cancellationToken);
    }

    public async Task<SyncRun> TriggerAsync(Guid storeId, SyncEntity entity, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await EnsureJobAsync(scheduler, storeId, entity, cancellationToken);
        var run = await runs.QueueAsync(storeId, entity, SyncTriggers.Manual, time.GetUtcNow(), cancellationToken);
        var data = new JobDataMap { [SyncJobKeys.RunId] = run.Id.ToString() };
        await scheduler.TriggerJob(SyncJobKeys.For(storeId, entity), data, cancellationToken);
        return run;
    }

    private static async Task<IReadOnlyList<JobKey>> StoreJobsAsync(IScheduler scheduler, Guid storeId, CancellationToken cancellationToken)
    {
        var keys = new List<JobKey>();
        foreach (var entity in SyncEntities.All)
        {
            var key = SyncJobKeys.For(storeId, entity);
            if (await scheduler.Exists(key, cancellationToken))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static async Task EnsureJobAsync(IScheduler scheduler, Guid storeId, SyncEntity entity, CancellationToken cancellationToken)
    {
        var key = SyncJobKeys.For(storeId, entity);
        if (await scheduler.Exists(key, cancellationToken))
        {
            return;
        }

        var job = JobBuilder.Create<SyncJob>()
            .WithIdentity(key)
            .UsingJobData(SyncJobKeys.StoreId, storeId.ToString())
            .UsingJobData(SyncJobKeys.Entity, entity.ToString())
            .StoreDurably()
            .Build();
        try
        {
            await scheduler.AddJob(job, cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another request added the same (store, entity) job first; one is all we need.
        }
    }
}
