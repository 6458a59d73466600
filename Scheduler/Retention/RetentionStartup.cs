using CrossBorderHub.Scheduler.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CrossBorderHub.Scheduler.Retention;

/// <summary>Puts the retention job on its schedule at start (first run at once, so a hub that was down catches up).</summary>
internal sealed class RetentionStartup(ISchedulerFactory schedulerFactory, IOptions<RetentionOptions> options, ILogger<RetentionStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.EnsureAsync<RetentionJob>(RetentionJob.Key, RetentionJob.Trigger, settings.Interval, settings.Enabled, cancellationToken);
        if (settings.Enabled)
        {
            RetentionLog.Scheduled(logger, settings.Interval);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
