using CrossBorderHub.Connectors.TikTokShop;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

/// <summary>The connector wired as the host wires it, with an in-memory credential writer, pointed at a sandbox.</summary>
internal sealed class TikTokShopTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    public TikTokShopTestHost(TikTokShopSandbox sandbox, IReadOnlyDictionary<string, string>? credentials = null, IDictionary<string, string?>? settings = null, bool withShopCipher = true)
    {
        Sandbox = sandbox;
        var values = new Dictionary<string, string?>
        {
            ["Connectors:TikTokShop:RetryBaseDelay"] = "00:00:00.010",
            ["Connectors:TikTokShop:AttemptTimeout"] = "00:00:01",
            ["Connectors:TikTokShop:OrdersPageSize"] = "20",
            ["Connectors:TikTokShop:ShippingProviders:DHL Express"] = "6617675021119438849",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        Writer = new InMemoryCredentialWriter(credentials ?? sandbox.Credentials());
        var services = new ServiceCollection().AddLogging().AddSingleton<IStoreCredentialWriter>(Writer);
        services.AddTikTokShopConnector(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        _services = services.BuildServiceProvider();
        Connector = _services.GetRequiredService<IConnectorRegistry>().Find("tiktokshop")!;
        Account = new StoreAccount(Guid.NewGuid(), Guid.NewGuid(), "tiktokshop", "Sandbox shop", sandbox.Settings(withShopCipher), Writer.Current, sandbox.Url, sandbox.Url);
    }

    public TikTokShopSandbox Sandbox { get; }

    public InMemoryCredentialWriter Writer { get; }

    public IMarketplaceConnector Connector { get; }

    public StoreAccount Account { get; }

    public ITikTokShopAuthorization Authorization => _services.GetRequiredService<ITikTokShopAuthorization>();

    public IMarketplaceConsent Consent => _services.GetServices<IMarketplaceConsent>().Single(c => c.Marketplace == "tiktokshop");

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
        Writer.Dispose();
        Sandbox.Dispose();
    }
}
