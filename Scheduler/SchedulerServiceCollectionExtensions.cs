using CrossBorderHub.Scheduler.Budgets;
using CrossBorderHub.Scheduler.Fairness;
using CrossBorderHub.Scheduler.Jobs;
using CrossBorderHub.Scheduler.Metrics;
using CrossBorderHub.Scheduler.Steering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
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
        services.AddSingleton<QueueLagMonitor>();
        services.AddSingleton<RateBudgetBoard>();
        services.AddSingleton<SchedulerProbe>();
        services.AddSingleton<SyncSteering>();
        services.AddSingleton<SyncMetrics>();
        services.AddQuartz(q => q.ConfigureScheduler(s => s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs));

        // Each store's runs form one execution group: a store whose host never answers holds that many workers at most.
        services.AddQuartz(q => q.UseExecutionLimits((provider, limits) =>
            limits.ForGroupsWithPrefix(SyncJobKeys.ExecutionGroupPrefix, provider.GetRequiredService<IOptions<SyncOptions>>().Value.MaxRunsPerStore)));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<StoreScheduleStartup>();
        services.AddHostedService<RunHistoryTrimStartup>();
        return services;
    }
}
