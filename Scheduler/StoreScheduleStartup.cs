using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Hosting;

namespace CrossBorderHub.Scheduler;

/// <summary>At start-up, puts every stored store account on the schedule.</summary>
internal sealed class StoreScheduleStartup(IStoreAccountSource accounts, ISyncScheduler scheduler) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var account in await accounts.ListAsync(cancellationToken))
        {
            await scheduler.ScheduleStoreAsync(account, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
