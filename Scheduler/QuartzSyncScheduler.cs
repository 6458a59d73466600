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
        foreach (var entity in SyncEntities.All.Where(e => connector.Capabilities.HasFlag(SyncEntities.RequiredCapability(e))))
        {
            await EnsureJobAsync(scheduler, account.Id, entity, cancellationToken);
            if (!options.Value.ScheduleEnabled)
            {
                continue;
            }

            await PlaceScheduleAsync(scheduler, account.Id, entity, options.Value.IntervalFor(entity), cancellationToken);
        }

        if (account.Paused)
        {
            await PauseStoreAsync(account.Id, cancellationToken);
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

    /// <summary>
    /// Puts the (store, entity) on its interval. A persisted trigger with the same interval is kept as it is, so a restart
    /// neither fires it again nor forgets a fire it missed; a changed interval replaces it, first firing one new interval
    /// after its last fire. A fire missed while the hub was down is caught up once, at once, not once per missed interval.
    /// </summary>
    private async Task PlaceScheduleAsync(IScheduler scheduler, Guid storeId, SyncEntity entity, TimeSpan interval, CancellationToken cancellationToken)
    {
        var key = SyncJobKeys.ScheduleTrigger(storeId, entity);
        var existing = await scheduler.GetTrigger(key, cancellationToken) as ISimpleTrigger;
        if (existing is not null && existing.RepeatInterval == interval && existing.MisfireInstruction == SyncSchedule.MisfireInstruction)
        {
            SchedulerLog.ScheduleKept(logger, entity, storeId, interval, existing.NextFireTimeUtc);
            return;
        }

        var now = time.GetUtcNow();
        var start = existing?.PreviousFireTimeUtc is { } last && last + interval > now ? last + interval : now;
        var trigger = SyncSchedule.Trigger(key, SyncJobKeys.For(storeId, entity), interval, start);
        if (existing is not null)
        {
            await scheduler.RescheduleJob(key, trigger, cancellationToken);
        }
        else
        {
            try
            {
                await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
            }
            catch (ObjectAlreadyExistsException)
            {
                // Another node of the cluster placed the same schedule first.
                return;
            }
        }

        SchedulerLog.Scheduled(logger, entity, storeId, interval);
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
