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
        var job = JobBuilder.Create<CommandDeliveryJob>().WithIdentity(CommandDeliveryJob.Key).StoreDurably().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        if (!settings.DeliveryEnabled)
        {
            return;
        }

        var trigger = TriggerBuilder.Create()
            .WithIdentity(CommandDeliveryJob.SweepTrigger)
            .ForJob(CommandDeliveryJob.Key)
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(settings.SweepInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        // A persisted sweep on the same interval is kept; another interval replaces it.
        if (await scheduler.GetTrigger(CommandDeliveryJob.SweepTrigger, cancellationToken) is ISimpleTrigger existing)
        {
            if (existing.RepeatInterval != settings.SweepInterval)
            {
                await scheduler.RescheduleJob(CommandDeliveryJob.SweepTrigger, trigger, cancellationToken);
            }
        }
        else
        {
            try
            {
                await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
            }
            catch (ObjectAlreadyExistsException)
            {
                // Another node of the cluster scheduled it first.
            }
        }

        OutboxLog.Scheduled(logger, settings.SweepInterval);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
