using CrossBorderHub.Scheduler.Jobs;
using Microsoft.Extensions.Options;
using Quartz;

namespace CrossBorderHub.Scheduler.Fairness;

/// <summary>Reads the scheduler's state and queue lag for the readiness check.</summary>
public sealed class SchedulerProbe(ISchedulerFactory schedulerFactory, QueueLagMonitor lags, TimeProvider time, IOptions<SyncOptions> options)
{
    public async Task<SchedulerHealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        var now = time.GetUtcNow();

        // A trigger due but not fired waits for a worker: while every worker is held, no run starts to report its lag.
        var overdue = await scheduler.QueryTriggers(
            new TriggerQuery { State = TriggerState.Normal, NextFireTimeBefore = now, Take = PagedQuery.All },
            cancellationToken);
        var waiting = overdue.Items.Where(t => t.JobKey.Group == SyncJobKeys.Group && t.NextFireTimeUtc is not null).ToList();
        var oldest = waiting.MinBy(t => t.NextFireTimeUtc);
        var pending = oldest is null ? TimeSpan.Zero : now - oldest.NextFireTimeUtc!.Value;
        var seen = lags.Worst();

        var (lag, store) = seen is not null && seen.Lag >= pending
            ? (seen.Lag, (Guid?)seen.StoreId)
            : (pending, oldest is null ? null : StoreOf(oldest.JobKey));
        return new SchedulerHealthReport(status == SchedulerStatus.Running, lag, options.Value.MaxQueueLag, store, waiting.Count);
    }

    private static Guid? StoreOf(JobKey key) =>
        Guid.TryParseExact(key.Name.Split('.')[0], "N", out var id) ? id : null;
}
