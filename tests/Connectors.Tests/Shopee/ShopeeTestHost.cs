using System.Globalization;
using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Connectors.Tests.Shopee;

/// <summary>The Shopee connector wired as the host wires it, with an in-memory credential writer, pointed at a sandbox.</summary>
internal sealed class ShopeeTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    public ShopeeTestHost(ShopeeSandbox sandbox, string? partnerKey = null, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        Sandbox = sandbox;
        var values = new Dictionary<string, string?>
        {
            ["Connectors:Shopee:RetryBaseDelay"] = "00:00:00.010",
            ["Connectors:Shopee:AttemptTimeout"] = "00:00:05",
            ["Connectors:Shopee:OrdersBackfill"] = "60.00:00:00",
            ["Connectors:Shopee:CatalogBackfill"] = "120.00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var credentials = new Dictionary<string, string>
        {
            [ShopeeConstants.PartnerKeyCredential] = partnerKey ?? sandbox.Options.PartnerKey,
            [ShopeeConstants.AccessTokenCredential] = sandbox.Options.AccessToken,
            [ShopeeConstants.RefreshTokenCredential] = sandbox.Options.RefreshToken,
        };
        Credentials = new MemoryCredentialWriter(credentials);
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IStoreCredentialWriter>(Credentials);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddShopeeConnector(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        _services = services.BuildServiceProvider();
        Connector = _services.GetRequiredService<IConnectorRegistry>().Find(ShopeeConstants.Marketplace)!;
        Account = new StoreAccount(
            Guid.NewGuid(),
            Guid.NewGuid(),
            ShopeeConstants.Marketplace,
            "Sandbox shop",
            new Dictionary<string, string>
            {
                ["partnerId"] = sandbox.Options.PartnerId.ToString(CultureInfo.InvariantCulture),
                ["shopId"] = sandbox.Options.ShopId.ToString(CultureInfo.InvariantCulture),
                ["host"] = "sandbox",
            },
            credentials,
            sandbox.Url);
    }

    public ShopeeSandbox Sandbox { get; }

    public IMarketplaceConnector Connector { get; }

    public StoreAccount Account { get; }

    public MemoryCredentialWriter Credentials { get; }

    public IShopeeAuthorization Authorization => _services.GetRequiredService<IShopeeAuthorization>();

    public IMarketplaceConsent Consent => _services.GetServices<IMarketplaceConsent>().Single(c => c.Marketplace == ShopeeConstants.Marketplace);

    public IMarketplaceWebhooks Webhooks => _services.GetServices<IMarketplaceWebhooks>().Single(w => w.Marketplace == ShopeeConstants.Marketplace);

    /// <summary>The hub's Shopee app as the sandbox knows it, every host pointed at the sandbox.</summary>
    public ConsentApp SandboxApp(string? partnerKey = null) => new(
        new Dictionary<string, string>
        {
            ["partnerId"] = Sandbox.Options.PartnerId.ToString(CultureInfo.InvariantCulture),
            ["partnerKey"] = partnerKey ?? Sandbox.Options.PartnerKey,
            ["host"] = "sandbox",
        },
        Sandbox.Url,
        Sandbox.Url);

    /// <summary>Orders spread over <paramref name="days"/> days up to a little before now, so a pull walks several 15-day windows.</summary>
    public static ShopeeSandbox StartSandbox(int orders, double days, int seed = 7, ShopeeFaultPlan? faults = null) =>
        ShopeeSandbox.Start(new ShopeeSandboxOptions
        {
            Seed = seed,
            OrderCount = orders,
            OrdersStartAt = TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(days) - TimeSpan.FromHours(1),
            OrderInterval = TimeSpan.FromDays(days) / orders,
            Faults = faults ?? ShopeeFaultPlan.None,
        });

    /// <summary>Items updated over <paramref name="days"/> days up to a little before now.</summary>
    public static ShopeeSandbox StartCatalogSandbox(int items, double days, int seed = 7, IReadOnlyList<string>? locations = null, ShopeeFaultPlan? faults = null) =>
        ShopeeSandbox.Start(new ShopeeSandboxOptions
        {
            Seed = seed,
            OrderCount = 1,
            ItemCount = items,
            ItemsStartAt = TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(days) - TimeSpan.FromHours(1),
            ItemInterval = TimeSpan.FromDays(days) / items,
            SellerLocations = locations ?? [],
            Faults = faults ?? ShopeeFaultPlan.None,
        });

    public static async Task<List<SourcePage<T>>> CollectAsync<T>(IAsyncEnumerable<SourcePage<T>> pages)
    {
        var list = new List<SourcePage<T>>();
        await foreach (var page in pages)
        {
            list.Add(page);
        }

        return list;
    }

    public void Dispose()
    {
        _services.Dispose();
        Credentials.Dispose();
        Sandbox.Dispose();
    }
}
