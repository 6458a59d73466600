using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CrossBorderHub.Scheduler;

/// <summary>At start-up, closes the runs a previous process left open and puts every stored store account on the schedule.</summary>
internal sealed class StoreScheduleStartup(
    IStoreAccountSource accounts,
    ISyncRunStore runs,
    ISyncScheduler scheduler,
    ISchedulerFactory schedulerFactory,
    TimeProvider time) : IHostedService
{
    public const string AbandonedReason = "Interrupted: the hub stopped before this run finished. The next run resumes from the last committed page.";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var store = await (await schedulerFactory.GetScheduler(cancellationToken)).GetMetadata(cancellationToken);

        // In memory, nothing queued or running before a restart will ever run. A database store keeps the queued runs'
        // triggers; alone on it, this process owns every run left Running (a job that asked for recovery runs it again).
        // In a cluster another node may be running them: a dead node's runs are closed when their job runs next.
        if (!store.JobStoreClustered)
        {
            await runs.AbandonUnfinishedAsync(AbandonedReason, time.GetUtcNow(), queuedToo: !store.JobStorePersistent, cancellationToken);
        }

        foreach (var account in await accounts.ListScheduledAsync(cancellationToken))
        {
            await scheduler.ScheduleStoreAsync(account, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
