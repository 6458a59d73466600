using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Scheduler;

namespace CrossBorderHub.Hub.Demo;

internal static class DemoServiceCollectionExtensions
{
    /// <summary>When the demo is on: demo API keys where none are configured, short sync intervals, and the simulated store.</summary>
    public static IServiceCollection AddHubDemo(this IServiceCollection services, IConfiguration configuration)
    {
        if (!DemoOptions.IsOn(configuration))
        {
            return services;
        }

        services.AddOptions<DemoOptions>()
            .Bind(configuration.GetSection(DemoOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var demo = configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        services.PostConfigure<ApiKeyOptions>(keys =>
        {
            keys.AdminKeys = keys.AdminKeys.Length > 0 ? keys.AdminKeys : [demo.AdminKey];
            keys.ErpKeys = keys.ErpKeys.Length > 0 ? keys.ErpKeys : [demo.ErpKey];
        });
        services.PostConfigure<SyncOptions>(sync =>
        {
            sync.OrdersInterval = demo.SyncInterval;
            sync.CatalogInterval = demo.SyncInterval;
            sync.InventoryInterval = demo.SyncInterval;
        });
        services.PostConfigure<ConnectorHostOptions>(hosts => hosts.AllowCustomHosts = true);
        services.AddHostedService<DemoStoreService>();
        return services;
    }
}
