using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests.Infrastructure;

/// <summary>
/// The real host on a chosen database, with test keys, no demo and no timed schedules (syncs are triggered through the
/// API); <paramref name="overrides"/> replace or add settings and <paramref name="services"/> replace services for one kind of fixture.
/// </summary>
public sealed class HubFactory(
    DatabaseUnderTest database,
    string dataFolder,
    IReadOnlyDictionary<string, string?>? overrides = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key";
    public const string ErpKey = "test-erp-key";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads these while registering services, before Build.
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Hub"] = database.ConnectionString,
            ["Auth:AdminKeys:0"] = AdminKey,
            ["Auth:ErpKeys:0"] = ErpKey,
            ["Demo:Enabled"] = "false",
            ["Sync:ScheduleEnabled"] = "false",
            ["Sync:RunRetries"] = "0",
            ["DataProtection:KeysPath"] = Path.Combine(dataFolder, "keys"),
            ["DataProtection:DemoKeyEncryptionKeyFile"] = Path.Combine(dataFolder, "demo-kek", "key"),
            ["Connectors:AllowCustomHosts"] = "true",
            ["Connectors:Shopify:AttemptTimeout"] = "00:00:01",
            ["Connectors:Shopify:RetryBaseDelay"] = "00:00:00.020",
            ["Connectors:Ebay:AttemptTimeout"] = "00:00:01",
            ["Connectors:Ebay:RetryBaseDelay"] = "00:00:00.020",

            // Sandbox orders are hours old and a pushed shipment must show in the next sync at once.
            ["Connectors:Ebay:BackfillDays"] = "1",
            ["Connectors:Ebay:OrdersLag"] = "00:00:00",
            ["Connectors:TikTokShop:AttemptTimeout"] = "00:00:01",
            ["Connectors:TikTokShop:RetryBaseDelay"] = "00:00:00.020",
            ["Connectors:TikTokShop:ShippingProviders:DHL Express"] = "6617675021119438849",
            ["Connectors:Shopee:AttemptTimeout"] = "00:00:01",
            ["Connectors:Shopee:RetryBaseDelay"] = "00:00:00.020",
            ["Connectors:Amazon:AttemptTimeout"] = "00:00:01",
            ["Connectors:Amazon:RetryBaseDelay"] = "00:00:00.020",
            ["Outbox:SweepInterval"] = "00:00:00.250",

            // Retention is driven by the retention tests with their own clock, never by a schedule mid-scenario.
            ["Retention:Enabled"] = "false",

            // Scenarios poll runs and commands quickly; the rate limit tests set their own budget.
            ["RequestLimits:PermitLimit"] = "1000000",
            ["Outbox:RetryBaseDelay"] = "00:00:01.500",
            ["Outbox:MaxAttempts"] = "5",

            // The scenarios count paged requests from a store's first sync; the bulk backfill test turns it on.
            ["Connectors:Shopify:BulkBackfill"] = "false",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    public HttpClient CreateClient(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }
}
