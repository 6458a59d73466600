using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Scheduler.Jobs;
using CrossBorderHub.Scheduler.Ports;
using Quartz;

namespace CrossBorderHub.Scheduler.Steering;

/// <summary>
/// What an admin does to the schedule at run time: read and edit each (store, entity)'s schedule (kept in the
/// database, applied at once and at every start), run now, pause and resume a store, an entity or everything, and
/// backfill from a date.
/// </summary>
public sealed class SyncSteering(
    ISchedulerFactory schedulerFactory,
    ISyncScheduler syncScheduler,
    ISyncScheduleStore schedules,
    IStoreAccountSource accounts,
    IConnectorRegistry connectors,
    ICanonicalStore checkpoints,
    TimeProvider time)
{
    /// <summary>Every (store, entity) the store's connector can pull, with its schedule, pause state and next fire time.</summary>
    public async Task<IReadOnlyList<ScheduleView>> ListAsync(Guid? storeId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var saved = (await schedules.ListAsync(storeId, cancellationToken)).ToDictionary(s => (s.StoreId, s.Entity));
        var views = new List<ScheduleView>();
        foreach (var (store, entity) in await TargetsAsync(storeId, null, cancellationToken))
        {
            saved.TryGetValue((store.Id, entity), out var schedule);
            var trigger = await scheduler.GetTrigger(SyncJobKeys.ScheduleTrigger(store.Id, entity), cancellationToken);
            var state = trigger is null ? TriggerState.None : await scheduler.GetTriggerState(trigger.Key, cancellationToken);
            var everything = await scheduler.GetJobGroupPause(SyncJobKeys.Group, cancellationToken) is not null;
            views.Add(new ScheduleView(
                store.Id,
                entity,
                schedule?.Cron is null ? schedule?.Interval ?? null : null,
                schedule?.Cron,
                store.Paused || everything || state == TriggerState.Paused || schedule?.Paused == true,
                state == TriggerState.Paused || everything ? null : trigger?.NextFireTimeUtc));
        }

        return views;
    }

    /// <summary>Saves and applies a schedule; false when the store does not exist or its connector cannot pull the entity.</summary>
    public async Task<bool> SetAsync(Guid storeId, SyncEntity entity, TimeSpan? interval, string? cron, bool paused, CancellationToken cancellationToken)
    {
        var targets = await TargetsAsync(storeId, entity, cancellationToken);
        if (targets.Count == 0)
        {
            return false;
        }

        await schedules.SaveAsync(new SyncSchedule(storeId, entity, interval, cron, paused, time.GetUtcNow()), cancellationToken);
        await syncScheduler.ScheduleStoreAsync(targets[0].Store, cancellationToken);
        return true;
    }

    /// <summary>Queues a run of every targeted (store, entity) of an active store; the ids of the runs queued.</summary>
    public async Task<IReadOnlyList<Guid>> RunNowAsync(Guid? storeId, SyncEntity? entity, CancellationToken cancellationToken)
    {
        var runs = new List<Guid>();
        foreach (var (store, target) in await TargetsAsync(storeId, entity, cancellationToken))
        {
            if (!store.Paused)
            {
                runs.Add((await syncScheduler.TriggerAsync(store.Id, target, cancellationToken)).Id);
            }
        }

        return runs;
    }

    /// <summary>
    /// Pauses (or resumes) the targeted schedules. A store or an entity is kept paused in its saved schedule; everything
    /// pauses the scheduler's whole sync group, new stores included, until resumed.
    /// </summary>
    public async Task<int> SetPausedAsync(Guid? storeId, SyncEntity? entity, bool paused, CancellationToken cancellationToken)
    {
        if (storeId is null && entity is null)
        {
            var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
            var all = GroupMatcher<JobKey>.GroupEquals(SyncJobKeys.Group);
            _ = paused ? await scheduler.PauseJobGroups(all, cancellationToken) : await scheduler.ResumeJobGroups(all, cancellationToken);
            return (await TargetsAsync(null, null, cancellationToken)).Count;
        }

        var saved = (await schedules.ListAsync(storeId, cancellationToken)).ToDictionary(s => (s.StoreId, s.Entity));
        var targets = await TargetsAsync(storeId, entity, cancellationToken);
        foreach (var (store, target) in targets)
        {
            saved.TryGetValue((store.Id, target), out var schedule);
            await schedules.SaveAsync(
                new SyncSchedule(store.Id, target, schedule?.Interval, schedule?.Cron, paused, time.GetUtcNow()),
                cancellationToken);
        }

        foreach (var store in targets.Select(t => t.Store).DistinctBy(s => s.Id))
        {
            await syncScheduler.ScheduleStoreAsync(store, cancellationToken);
        }

        return targets.Count;
    }

    /// <summary>
    /// Queues a run that starts from <paramref name="from"/> instead of the stored checkpoint, walking the connector's
    /// windows (or its updated-since pages) forward from there; null when the store or entity is not there.
    /// </summary>
    public async Task<BackfillPlan?> BackfillAsync(Guid storeId, SyncEntity entity, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var targets = await TargetsAsync(storeId, entity, cancellationToken);
        if (targets.Count == 0)
        {
            return null;
        }

        var current = await checkpoints.GetCheckpointAsync(storeId, entity, cancellationToken);
        var mode = BackfillCheckpoint.From(current, from) is null ? BackfillMode.Full : BackfillMode.FromDate;
        var run = await syncScheduler.TriggerBackfillAsync(storeId, entity, from, cancellationToken);
        return new BackfillPlan(run.Id, mode);
    }

    private async Task<IReadOnlyList<(ScheduledStore Store, SyncEntity Entity)>> TargetsAsync(Guid? storeId, SyncEntity? entity, CancellationToken cancellationToken)
    {
        var targets = new List<(ScheduledStore, SyncEntity)>();
        foreach (var store in await accounts.ListScheduledAsync(cancellationToken))
        {
            if (storeId is not null && store.Id != storeId || connectors.Find(store.Marketplace) is not { } connector)
            {
                continue;
            }

            targets.AddRange(SyncEntities.All
                .Where(e => (entity is null || e == entity) && connector.Capabilities.HasFlag(SyncEntities.RequiredCapability(e)))
                .Select(e => (store, e)));
        }

        return targets;
    }
}
