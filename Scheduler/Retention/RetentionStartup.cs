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
        if (!settings.Enabled)
        {
            return;
        }

        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<RetentionJob>().WithIdentity(RetentionJob.Key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(RetentionJob.Trigger)
            .ForJob(RetentionJob.Key)
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(settings.Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.AddJob(job, cancellationToken: cancellationToken);
        await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
        RetentionLog.Scheduled(logger, settings.Interval);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
