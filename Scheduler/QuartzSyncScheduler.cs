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
    /// <summary>Fires once at once for any number of missed intervals, then keeps the interval from there.</summary>
    private const SimpleTriggerMisfireInstruction IntervalMisfire = SimpleTriggerMisfireInstruction.NowWithExistingCount;

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

    /// <summary>
    /// Puts the (store, entity) on its saved interval or cron, or on the configured interval. A persisted trigger with the
    /// same schedule is kept as it is, so a restart neither fires it again nor forgets a fire it missed; a changed interval
    /// replaces it, first firing one new interval after its last fire. Fires missed while the hub was down are caught up
    /// once, at once, not once per missed interval.
    /// </summary>
    private async Task PlanAsync(IScheduler scheduler, Guid storeId, SyncEntity entity, SyncSchedule? schedule, CancellationToken cancellationToken)
    {
        var key = SyncJobKeys.ScheduleTrigger(storeId, entity);
        var existing = await scheduler.GetTrigger(key, cancellationToken);
        var builder = TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(SyncJobKeys.For(storeId, entity))
            .WithExecutionGroup(SyncJobKeys.ExecutionGroup(storeId));
        if (schedule?.Cron is { } cron)
        {
            if (existing is ICronTrigger kept && kept.CronExpressionString == cron)
            {
                return;
            }

            builder.WithCronSchedule(cron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed));
            SchedulerLog.ScheduledByCron(logger, entity, storeId, cron);
        }
        else
        {
            var interval = schedule?.Interval ?? options.Value.IntervalFor(entity);
            if (existing is ISimpleTrigger simple && simple.RepeatInterval == interval && simple.MisfireInstruction == IntervalMisfire)
            {
                SchedulerLog.ScheduleKept(logger, entity, storeId, interval, simple.NextFireTimeUtc);
                return;
            }

            var now = time.GetUtcNow();
            var start = existing?.PreviousFireTimeUtc is { } last && last + interval > now ? last + interval : now;
            builder.StartAt(start).WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(IntervalMisfire));
            SchedulerLog.Scheduled(logger, entity, storeId, interval);
        }

        var trigger = builder.Build();
        if (existing is not null)
        {
            await scheduler.RescheduleJob(key, trigger, cancellationToken);
            return;
        }

        try
        {
            await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another node of the cluster placed the same schedule first.
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
        var queued = await runs.QueueManualAsync(storeId, entity, time.GetUtcNow(), cancellationToken);
        if (!queued.Created)
        {
            // A manual run of this (store, entity) already waits for its turn and will read everything this one would.
            return queued.Run;
        }

        var data = new JobDataMap { [SyncJobKeys.RunId] = queued.Run.Id.ToString() };
        await scheduler.TriggerJob(SyncJobKeys.For(storeId, entity), data, cancellationToken);
        return queued.Run;
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
            .RequestRecovery()
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
