using CrossBorderHub.Scheduler.Retention;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace CrossBorderHub.Scheduler;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>
    /// The personal data retention job (options from "Retention", validated at start) on a Quartz schedule. Needs an
    /// <see cref="Ports.IPersonalDataRetention"/> and the Quartz hosted service (<see cref="SchedulerServiceCollectionExtensions.AddSyncScheduler"/>).
    /// </summary>
    public static IServiceCollection AddPersonalDataRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Marketplaces.Values.All(m => m.Days is null or (>= 0 and <= 3650)), "Retention:Marketplaces:<marketplace>:Days must be between 0 and 3650.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddQuartz();
        services.AddHostedService<RetentionStartup>();
        return services;
    }
}
