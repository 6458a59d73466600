using CrossBorderHub.Scheduler.Outbox;
using Quartz;

namespace CrossBorderHub.Scheduler.Jobs;

/// <summary>Delivers due push commands; fired by its sweep schedule and, promptly, whenever a command is queued.</summary>
[DisallowConcurrentExecution]
internal sealed class CommandDeliveryJob(CommandDeliverer deliverer) : IJob
{
    public static readonly JobKey Key = new("deliver-commands", "outbox");

    public static readonly TriggerKey SweepTrigger = new("deliver-commands-sweep", "outbox");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await deliverer.DeliverDueAsync(cancellationToken);
}
