using System.Globalization;
using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Scheduler.Fairness;
using CrossBorderHub.Scheduler.Metrics;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CrossBorderHub.Scheduler.Jobs;

/// <summary>
/// Runs one sync. A scheduled fire queues its own run; a manual or retry fire carries the run it was queued for.
/// What happens after a failed run depends on its failure kind: refused credentials are never retried (the store
/// needs re-authorization and its jobs pause); a rejected request is not retried either; an outage, a throttle or a
/// malformed answer is tried again with doubling delay, up to <see cref="SyncOptions.RunRetries"/> times. A run deferred
/// for rate budget is continued by a run queued for when the budget has refilled.
/// </summary>
[DisallowConcurrentExecution]
[ExecutionGroup(SyncJobKeys.ExecutionGroupTemplate)]
internal sealed partial class SyncJob(
    SyncRunner runner,
    ISyncRunStore runs,
    StoreReauthorization reauthorization,
    QueueLagMonitor lags,
    SyncMetrics metrics,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<SyncJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var storeId = Guid.Parse(data.GetString(SyncJobKeys.StoreId)!);
        var entity = Enum.Parse<SyncEntity>(data.GetString(SyncJobKeys.Entity)!);
        if (context.ScheduledFireTimeUtc is { } scheduledAt)
        {
            var lag = time.GetUtcNow() - scheduledAt;
            lags.Record(storeId, lag);
            metrics.QueueLag(lag);
        }

        var attempt = data.ContainsKey(SyncJobKeys.Attempt) ? data.GetInt(SyncJobKeys.Attempt) : 0;
        var runId = data.ContainsKey(SyncJobKeys.RunId)
            ? Guid.Parse(data.GetString(SyncJobKeys.RunId)!)
            : (await runs.QueueAsync(storeId, entity, SyncTriggers.Schedule, time.GetUtcNow(), cancellationToken)).Id;

        if (context.Recovering)
        {
            SchedulerLog.Recovering(logger, entity, storeId, runId);
        }

        // This job never runs twice at once for a (store, entity), cluster-wide: any other run still Running lost its process.
        await runs.InterruptOthersAsync(storeId, entity, runId, StoreScheduleStartup.AbandonedReason, time.GetUtcNow(), cancellationToken);

        var backfillFrom = data.ContainsKey(SyncJobKeys.BackfillFrom)
            ? DateTimeOffset.Parse(data.GetString(SyncJobKeys.BackfillFrom)!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : (DateTimeOffset?)null;
        var outcome = await runner.RunAsync(runId, storeId, entity, backfillFrom, cancellationToken);
        if (cancellationToken.IsCancellationRequested)
        {
            return;
        }

        if (outcome is { Status: SyncRunStatus.Deferred, ResumeAfter: { } resumeAfter })
        {
            await ScheduleResumeAsync(context.Scheduler, storeId, entity, attempt, resumeAfter, cancellationToken);
            return;
        }

        if (outcome.Status != SyncRunStatus.Failed)
        {
            return;
        }

        switch (outcome.FailureKind)
        {
            case MarketplaceFailureKind.AuthorizationRefused:
                await reauthorization.RequireAsync(storeId, outcome.Error ?? "The marketplace refused the store's credentials.", cancellationToken);
                NeedsReauthorization(logger, entity, storeId, outcome.Error);
                break;
            case MarketplaceFailureKind.Rejected:
                NotRetried(logger, entity, storeId, outcome.Error);
                break;
            default:
                await ScheduleRetryAsync(context.Scheduler, storeId, entity, attempt + 1, cancellationToken);
                break;
        }
    }

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "Sync {Entity} of store {StoreId}: the marketplace refused its credentials ({Reason}); the store needs re-authorization and its syncs are paused")]
    private static partial void NeedsReauthorization(ILogger logger, SyncEntity entity, Guid storeId, string? reason);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Sync {Entity} of store {StoreId}: the marketplace rejected the request ({Reason}); not retried, the next scheduled run tries again")]
    private static partial void NotRetried(ILogger logger, SyncEntity entity, Guid storeId, string? reason);

    /// <summary>Queues the continuation of a deferred run for when its budget has refilled; it is not a retry and keeps the attempt count.</summary>
    private async Task ScheduleResumeAsync(IScheduler scheduler, Guid storeId, SyncEntity entity, int attempt, TimeSpan resumeAfter, CancellationToken cancellationToken)
    {
        var resumeAt = time.GetUtcNow() + resumeAfter;
        var run = await runs.QueueAsync(storeId, entity, SyncTriggers.Resume, time.GetUtcNow(), cancellationToken);
        var trigger = TriggerBuilder.Create()
            .ForJob(SyncJobKeys.For(storeId, entity))
            .UsingJobData(SyncJobKeys.RunId, run.Id.ToString())
            .UsingJobData(SyncJobKeys.Attempt, attempt)
            .StartAt(resumeAt)
            .WithExecutionGroup(SyncJobKeys.ExecutionGroup(storeId))
            .Build();
        await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
        SchedulerLog.ResumeScheduled(logger, entity, storeId, run.Id, resumeAt);
    }

    private async Task ScheduleRetryAsync(IScheduler scheduler, Guid storeId, SyncEntity entity, int attempt, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (attempt > settings.RunRetries)
        {
            return;
        }

        var delay = settings.RunRetryDelay * Math.Pow(2, attempt - 1);
        var run = await runs.QueueAsync(storeId, entity, SyncTriggers.Retry, time.GetUtcNow(), cancellationToken);
        var trigger = TriggerBuilder.Create()
            .ForJob(SyncJobKeys.For(storeId, entity))
            .UsingJobData(SyncJobKeys.RunId, run.Id.ToString())
            .UsingJobData(SyncJobKeys.Attempt, attempt)
            .StartAt(time.GetUtcNow() + delay)
            .WithExecutionGroup(SyncJobKeys.ExecutionGroup(storeId))
            .Build();
        await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
        SchedulerLog.RetryScheduled(logger, entity, storeId, delay, attempt, settings.RunRetries);
    }
}
