using CrossBorderHub.Scheduler.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace CrossBorderHub.Scheduler;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// Delivery of push commands from the outbox (options from "Outbox", validated at start): a Quartz job on a sweep
    /// schedule, fired early by <see cref="ICommandDelivery"/>. Needs an <see cref="Ports.ICommandOutbox"/> and the
    /// Quartz hosted service (<see cref="SchedulerServiceCollectionExtensions.AddSyncScheduler"/>).
    /// </summary>
    public static IServiceCollection AddCommandOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<CommandDeliverer>();
        services.AddSingleton<ICommandDelivery, QuartzCommandDelivery>();
        services.AddQuartz();
        services.AddHostedService<CommandOutboxStartup>();
        return services;
    }
}
