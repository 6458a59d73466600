using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Shopify;

/// <summary>A connector wired exactly as the host wires it, pointed at a sandbox.</summary>
internal sealed class ShopifyTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    public ShopifyTestHost(ShopifySandbox sandbox, TimeProvider? timeProvider = null, IDictionary<string, string?>? settings = null, string? accessToken = null)
    {
        Sandbox = sandbox;
        var values = new Dictionary<string, string?>
        {
            ["Connectors:Shopify:RetryBaseDelay"] = "00:00:00.010",
            ["Connectors:Shopify:AttemptTimeout"] = "00:00:05",
            ["Connectors:Shopify:CheckpointOverlap"] = "00:01:00",

            // Paging tests start from no checkpoint too; the bulk backfill tests turn it on.
            ["Connectors:Shopify:BulkBackfill"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection().AddLogging();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddShopifyConnector(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        _services = services.BuildServiceProvider();
        Connector = _services.GetRequiredService<IConnectorRegistry>().Find(ShopifyConstants.Marketplace)!;
        Account = new StoreAccount(
            Guid.NewGuid(),
            Guid.NewGuid(),
            ShopifyConstants.Marketplace,
            "Sandbox store",
            new Dictionary<string, string> { [ShopifyConstants.ShopDomainSetting] = sandbox.Options.ShopDomain },
            new Dictionary<string, string> { [ShopifyConstants.AccessTokenCredential] = accessToken ?? sandbox.Options.AccessToken },
            sandbox.Url);
    }

    public ShopifySandbox Sandbox { get; }

    public IMarketplaceConnector Connector { get; }

    public StoreAccount Account { get; }

    public static async Task<T> PumpAsync<T>(FakeTimeProvider time, Func<Task<T>> work)
    {
        var task = work();
        while (!task.IsCompleted)
        {
            // Drive the fake clock while the pull waits for the bucket or a backoff.
            time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(task, Task.Delay(2));
        }

        return await task;
    }

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
        Sandbox.Dispose();
    }
}
