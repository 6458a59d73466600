using CrossBorderHub.Scheduler.Jobs;
using Microsoft.Extensions.Options;
using Quartz;

namespace CrossBorderHub.Scheduler.Outbox;

internal sealed class QuartzCommandDelivery(ISchedulerFactory schedulerFactory, IOptions<OutboxOptions> options) : ICommandDelivery
{
    public async Task DeliverSoonAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.DeliveryEnabled)
        {
            return;
        }

        // A run already under way keeps this fire waiting (the job disallows concurrency), so nothing queued is missed.
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(CommandDeliveryJob.Key, cancellationToken);
    }
}
