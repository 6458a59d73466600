using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.SandboxKit.Demo;
using CrossBorderHub.Hub.Auth;
using CrossBorderHub.Scheduler;

namespace CrossBorderHub.Hub.Demo;

internal static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// When the demo is on: demo API keys where none are configured, short sync intervals, and a store for every
    /// simulated marketplace added to the returned builder (each sandbox project's own extension method).
    /// </summary>
    public static IDemoBuilder AddHubDemo(this IServiceCollection services, IConfiguration configuration)
    {
        if (!DemoOptions.IsOn(configuration))
        {
            return new HubDemoBuilder(services, Enabled: false);
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
        return new HubDemoBuilder(services, Enabled: true);
    }
}
