using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Bench;

internal static class BenchHost
{
    /// <summary>
    /// The hub's persistence, the Shopify connector and the scheduler as the host registers them, on a new SQLite file
    /// in <paramref name="folder"/>, migrated. <paramref name="configure"/> runs last, to swap a part for a measurement.
    /// </summary>
    public static async Task<ServiceProvider> StartAsync(
        DirectoryInfo folder, string fileName, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Hub"] = $"Data Source={Path.Combine(folder.FullName, fileName)}",

            // The bench's stores point at the local sandbox.
            ["Connectors:AllowCustomHosts"] = "true",

            // These figures are for page-by-page paging; the backfill mode sets bulk beside it.
            ["Connectors:Shopify:BulkBackfill"] = "false",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole())
            .AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider())
            .AddHubPersistence(configuration)
            .AddShopifyConnector(configuration)
            .AddShopeeConnector(configuration)
            .AddSyncScheduler(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IHubDatabase>().MigrateAsync(CancellationToken.None);
        return provider;
    }
}
