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
        var job = JobBuilder.Create<RunHistoryTrimJob>().WithIdentity(RunHistoryTrimJob.Key).StoreDurably().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        if (await scheduler.Exists(RunHistoryTrimJob.HourlyTrigger, cancellationToken))
        {
            return;
        }

        var trigger = TriggerBuilder.Create()
            .WithIdentity(RunHistoryTrimJob.HourlyTrigger)
            .ForJob(RunHistoryTrimJob.Key)
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(RunHistoryTrimJob.Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount))
            .Build();
        try
        {
            await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another node of the cluster scheduled it first.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
