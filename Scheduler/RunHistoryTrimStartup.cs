using CrossBorderHub.Scheduler.Jobs;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CrossBorderHub.Scheduler;

/// <summary>Puts the run-history trim on its hourly schedule once; a persisted schedule is kept, not restarted.</summary>
internal sealed class RunHistoryTrimStartup(ISchedulerFactory schedulerFactory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.EnsureAsync<RunHistoryTrimJob>(
            RunHistoryTrimJob.Key, RunHistoryTrimJob.HourlyTrigger, RunHistoryTrimJob.Interval, scheduled: true, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
