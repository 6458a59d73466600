using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using CrossBorderHub.Scheduler.Budgets;
using CrossBorderHub.Scheduler.Fairness;
using CrossBorderHub.Scheduler.Jobs;
using CrossBorderHub.Scheduler.Metrics;
using CrossBorderHub.Scheduler.Steering;
using Microsoft.Extensions.Options;
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
        services.AddSingleton<QueueLagMonitor>();
        services.AddSingleton<RateBudgetBoard>();
        services.AddSingleton<SchedulerProbe>();
        services.AddSingleton<SyncSteering>();
        services.AddSingleton<SyncMetrics>();
        services.AddQuartz(q => q.UseInMemoryStore());

        // Each store's runs form one execution group: a store whose host never answers holds that many workers at most.
        services.AddQuartz(q => q.UseExecutionLimits((provider, limits) =>
            limits.ForGroupsWithPrefix(SyncJobKeys.ExecutionGroupPrefix, provider.GetRequiredService<IOptions<SyncOptions>>().Value.MaxRunsPerStore)));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<StoreScheduleStartup>();
        return services;
    }
}
