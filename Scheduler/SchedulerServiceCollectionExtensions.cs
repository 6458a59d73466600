using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace CrossBorderHub.Scheduler;

public static class SchedulerServiceCollectionExtensions
{
    /// <summary>Quartz in memory (run history lives in the hub's database), the sync job and its options.</summary>
    public static IServiceCollection AddSyncScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SyncOptions>()
            .Bind(configuration.GetSection(SyncOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<SyncRunner>();
        services.AddSingleton<ISyncScheduler, QuartzSyncScheduler>();
        services.AddSingleton<StoreReauthorization>();
        services.AddQuartz(q => q.UseInMemoryStore());
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<StoreScheduleStartup>();
        return services;
    }
}
