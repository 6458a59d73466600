using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace CrossBorderHub.Scheduler;

public static class SchedulerServiceCollectionExtensions
{
    /// <summary>
    /// Quartz, the sync job and its options. The job store is the host's to choose (the hub keeps it in its database);
    /// left unchosen it is Quartz's in-memory store. A stop cancels running jobs and waits for them to unwind.
    /// </summary>
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
        services.AddQuartz(q => q.ConfigureScheduler(s => s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<StoreScheduleStartup>();
        services.AddHostedService<RunHistoryTrimStartup>();
        return services;
    }
}
