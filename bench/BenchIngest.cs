using System.Diagnostics;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Bench;

internal static class BenchIngest
{
    /// <summary>Connects the sandbox as a store and runs one orders sync through the real SyncRunner, timing it and sampling the heap.</summary>
    public static Task<(StoreSummary Store, SyncRun Run, TimeSpan Elapsed, long PeakHeapBytes)> RunAsync(
        IServiceProvider provider, ShopifySandbox sandbox, string name, TimeProvider clock) =>
        RunAsync(provider, sandbox, sandbox.Url, name, clock);

    /// <summary>As above, with the store's base URL set apart from the sandbox's (for a client answered from memory).</summary>
    public static async Task<(StoreSummary Store, SyncRun Run, TimeSpan Elapsed, long PeakHeapBytes)> RunAsync(
        IServiceProvider provider, ShopifySandbox sandbox, Uri baseUrl, string name, TimeProvider clock)
    {
        var store = await CreateStoreAsync(provider, sandbox, baseUrl, name);
        var runs = provider.GetRequiredService<ISyncRunStore>();
        var queued = await runs.QueueAsync(store.Id, SyncEntity.Orders, "bench", clock.GetUtcNow(), CancellationToken.None);

        GC.Collect();
        var elapsed = Stopwatch.StartNew();
        await using var sampler = new MemorySampler();
        using (var scope = provider.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SyncRunner>().RunAsync(queued.Id, store.Id, SyncEntity.Orders, CancellationToken.None);
        }

        elapsed.Stop();
        var run = await runs.FindAsync(queued.Id, CancellationToken.None)
            ?? throw new InvalidOperationException("The bench run vanished.");
        return (store, run, elapsed.Elapsed, sampler.PeakHeapBytes);
    }

    /// <summary>Connects the sandbox's shop as a new store of the hub, reached at <paramref name="baseUrl"/>.</summary>
    public static Task<StoreSummary> CreateStoreAsync(IServiceProvider provider, ShopifySandbox sandbox, Uri baseUrl, string name) =>
        provider.GetRequiredService<IStoreAccountRepository>().CreateAsync(
            new NewStoreAccount(
                Sellers.Default,
                ShopifyConstants.Marketplace,
                name,
                new Dictionary<string, string> { [ShopifyConstants.ShopDomainSetting] = sandbox.Options.ShopDomain },
                new Dictionary<string, string> { [ShopifyConstants.AccessTokenCredential] = sandbox.Options.AccessToken },
                baseUrl,
                null),
            CancellationToken.None);
}
