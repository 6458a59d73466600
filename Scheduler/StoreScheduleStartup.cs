using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Hosting;

namespace CrossBorderHub.Scheduler;

/// <summary>At start-up, closes the runs a previous process left open and puts every stored store account on the schedule.</summary>
internal sealed class StoreScheduleStartup(
    IStoreAccountSource accounts,
    ISyncRunStore runs,
    ISyncScheduler scheduler,
    TimeProvider time) : IHostedService
{
    public const string AbandonedReason = "Interrupted: the hub stopped before this run finished. The next run resumes from the last committed page.";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Quartz keeps its jobs in memory, so no run queued or running before a restart will ever finish.
        await runs.AbandonUnfinishedAsync(AbandonedReason, time.GetUtcNow(), cancellationToken);
        foreach (var store in await accounts.ListScheduledAsync(cancellationToken))
        {
            await scheduler.ScheduleStoreAsync(store, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
