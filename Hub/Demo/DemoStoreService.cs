using CrossBorderHub.Connectors.SandboxKit.Demo;
using CrossBorderHub.Hub.Consent;
using CrossBorderHub.Hub.Infrastructure;
using CrossBorderHub.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Demo;

/// <summary>
/// Starts every registered simulated marketplace in-process, its orders begun <see cref="DemoOptions.InitialOrders"/>
/// intervals ago and still arriving, and connects each as a demo store, or points the store connected at an earlier
/// start at the new simulation (the scheduler's start-up puts every store on the schedule).
/// </summary>
internal sealed class DemoStoreService(
    IOptions<DemoOptions> options,
    IEnumerable<IDemoMarketplace> marketplaces,
    IStoreAccountRepository stores,
    ConsentApps consentApps,
    IServer server,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DemoStoreService> logger) : IHostedService, IDisposable
{
    private readonly Lock _gate = new();
    private List<DemoStore> _running = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value;
        var pace = new DemoPace(demo.Seed, time, demo.InitialOrders, demo.NewOrderEvery);
        foreach (var marketplace in marketplaces)
        {
            var store = marketplace.Start(pace);
            lock (_gate)
            {
                _running.Add(store);
            }

            await ConnectAsync(store, cancellationToken);
            DemoConsentOffers.Offer(consentApps, store);
        }

        List<DemoStore> started;
        lock (_gate)
        {
            started = [.. _running];
        }

        // One block on the console: every store's line between the keys and the example call.
        var storeLines = string.Join(
            Environment.NewLine,
            started.Select(s => $"  Demo store:   {s.Name} (simulated {s.MarketplaceName} at {s.BaseUrl}), new orders arrive every {demo.NewOrderEvery}"));
        lifetime.ApplicationStarted.Register(() => HubLog.DemoReady(logger, ListeningAddress(), demo.AdminKey, demo.ErpKey, storeLines));
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Stops every simulation once, whether the host stops first or the container is disposed.</summary>
    public void Dispose()
    {
        List<DemoStore> running;
        lock (_gate)
        {
            (running, _running) = (_running, []);
        }

        foreach (var store in running)
        {
            store.Dispose();
        }
    }

    private async Task ConnectAsync(DemoStore store, CancellationToken cancellationToken)
    {
        var existing = await stores.FindByNameAsync(Sellers.Default, store.Marketplace, store.Name, cancellationToken);
        if (existing is null)
        {
            await stores.CreateAsync(
                new NewStoreAccount(
                    Sellers.Default,
                    store.Marketplace,
                    store.Name,
                    store.Settings,
                    store.Credentials,
                    store.BaseUrl,
                    store.AuthUrl),
                cancellationToken);
            return;
        }

        // A simulation listens on a new port each start.
        await stores.UpdateEndpointsAsync(existing.Id, store.BaseUrl, store.AuthUrl, cancellationToken);
    }

    private string ListeningAddress() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.Replace("[::]", "localhost", StringComparison.Ordinal)
        ?? "http://localhost:5080";
}
