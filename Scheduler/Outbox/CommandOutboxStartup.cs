using CrossBorderHub.Scheduler.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CrossBorderHub.Scheduler.Outbox;

/// <summary>Puts the delivery job on its sweep schedule at start, which also picks up what a previous process left.</summary>
internal sealed class CommandOutboxStartup(ISchedulerFactory schedulerFactory, IOptions<OutboxOptions> options, ILogger<CommandOutboxStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.EnsureAsync<CommandDeliveryJob>(
            CommandDeliveryJob.Key, CommandDeliveryJob.SweepTrigger, settings.SweepInterval, settings.DeliveryEnabled, cancellationToken);
        if (!settings.DeliveryEnabled)
        {
            return;
        }

        OutboxLog.Scheduled(logger, settings.SweepInterval);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
