using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Hub.Infrastructure;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Demo;

/// <summary>
/// Starts a simulated Shopify store in-process whose orders began <see cref="DemoOptions.InitialOrders"/> intervals ago
/// and keep arriving, and connects it as the demo store (the scheduler's start-up puts every store on the schedule).
/// </summary>
internal sealed class DemoStoreService(
    IOptions<DemoOptions> options,
    IStoreAccountRepository stores,
    IServer server,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DemoStoreService> logger) : IHostedService, IDisposable
{
    private const string StoreName = "Demo Shopify store";
    private const string ShopDomain = "crossborder-demo.myshopify.com";
    private const string AccessToken = "shpat_demo_token";

    private ShopifySandbox? _sandbox;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value;
        _sandbox = ShopifySandbox.Start(new ShopifySandboxOptions
        {
            Seed = demo.Seed,
            OrderCount = 1_000_000,
            ProductCount = 40,
            LocationCount = 3,
            ShopDomain = ShopDomain,
            AccessToken = AccessToken,
            TimeProvider = time,
            OrdersStartAt = time.GetUtcNow() - (demo.NewOrderEvery * demo.InitialOrders),
            OrderInterval = demo.NewOrderEvery,
            ProductsStartAt = time.GetUtcNow() - TimeSpan.FromDays(30),
            LogRequests = false,

            // A Shopify Plus store's bucket, so a newcomer sees the first few hundred orders within seconds.
            Throttle = new ShopifySandboxThrottle { MaximumAvailable = 20_000, RestoreRate = 1_000 },
        });

        var existing = await stores.FindByNameAsync(Sellers.Default, ShopifyConstants.Marketplace, StoreName, cancellationToken);
        var storeId = existing is null
            ? (await stores.CreateAsync(
                new NewStoreAccount(
                    Sellers.Default,
                    ShopifyConstants.Marketplace,
                    StoreName,
                    new Dictionary<string, string> { [ShopifyConstants.ShopDomainSetting] = ShopDomain },
                    new Dictionary<string, string> { [ShopifyConstants.AccessTokenCredential] = AccessToken },
                    _sandbox.Url,
                    null),
                cancellationToken)).Id
            : existing.Id;
        if (existing is not null)
        {
            // The simulated store listens on a new port each start.
            await stores.UpdateEndpointsAsync(storeId, _sandbox.Url, null, cancellationToken);
        }

        var sandboxUrl = _sandbox.Url;
        lifetime.ApplicationStarted.Register(() => HubLog.DemoReady(
            logger, ListeningAddress(), demo.AdminKey, demo.ErpKey, StoreName, sandboxUrl, demo.NewOrderEvery));
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Stops the simulated store once, whether the host stops first or the container is disposed.</summary>
    public void Dispose() => Interlocked.Exchange(ref _sandbox, null)?.Dispose();

    private string ListeningAddress() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.Replace("[::]", "localhost", StringComparison.Ordinal)
        ?? "http://localhost:5080";
}
