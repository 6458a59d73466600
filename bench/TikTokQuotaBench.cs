using System.Diagnostics;
using System.Globalization;
using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.TikTokShop;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Bench;

/// <summary>
/// TikTok Shop orders per hour on the real clock: the sandbox answers 429 beyond a per-shop request rate, the connector
/// budgets the same rate, and its pages land in SQLite as a sync writes them, for a fixed duration. TikTok publishes no
/// general rate; <see cref="RequestsPerSecond"/> is the per-shop figure sellers' integrators report.
/// </summary>
internal static class TikTokQuotaBench
{
    private const double RequestsPerSecond = 50;
    private const int Burst = 50;
    private const int PageSize = 50;

    /// <summary>The first seconds spend the initial burst and warm the JIT; the steady rate is read after them.</summary>
    private static readonly TimeSpan SteadyFrom = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var folder = Directory.CreateTempSubdirectory("cbh-bench-tiktok-");
        var time = TimeProvider.System;
        var orderCount = (int)(RequestsPerSecond * PageSize * (options.Duration.TotalSeconds + 10));
        var interval = TimeSpan.FromSeconds(1);
        using var sandbox = TikTokShopSandbox.Start(new TikTokShopSandboxOptions
        {
            Seed = 9,
            OrderCount = orderCount,
            OrderInterval = interval,
            OrdersStartAt = time.GetUtcNow() - (interval * orderCount) - TimeSpan.FromHours(1),
            TimeProvider = time,
            RateLimit = new SandboxRateLimit(Burst, RequestsPerSecond),
            LogRequests = false,
        });
        var connector = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connectors:AllowCustomHosts"] = "true",
            ["Connectors:TikTokShop:RequestsPerSecond"] = RequestsPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Connectors:TikTokShop:Burst"] = Burst.ToString(CultureInfo.InvariantCulture),
            ["Connectors:TikTokShop:OrdersPageSize"] = PageSize.ToString(CultureInfo.InvariantCulture),
        }).Build();
        await using var provider = await BenchHost.StartAsync(folder, "bench.db", services => services.AddTikTokShopConnector(connector));
        var store = await provider.GetRequiredService<IStoreAccountRepository>().CreateAsync(
            new NewStoreAccount(Sellers.Default, TikTokShopConstants.Marketplace, "TikTok quota store", sandbox.Settings(), sandbox.Credentials(), sandbox.Url, sandbox.Url),
            CancellationToken.None);

        var (pages, elapsed, ranOut) = await PullAsync(provider, store.Id, options.Duration, time);
        folder.Delete(recursive: true);
        if (ranOut || pages.Count == 0)
        {
            await Console.Error.WriteLineAsync(ranOut ? "The sync reached the last order before the duration was up." : "No page arrived within the duration.");
            return 1;
        }

        Report(pages, elapsed, sandbox);
        return 0;
    }

    /// <summary>Pages as they arrive: (time since start, orders), each written with its checkpoint before the next is asked for.</summary>
    private static async Task<(List<(TimeSpan At, int Orders)> Pages, TimeSpan Elapsed, bool RanOut)> PullAsync(
        IServiceProvider provider, Guid storeId, TimeSpan duration, TimeProvider time)
    {
        var account = await provider.GetRequiredService<IStoreAccountSource>().FindAsync(storeId, CancellationToken.None)
            ?? throw new InvalidOperationException("The bench store vanished.");
        var connector = provider.GetRequiredService<IConnectorRegistry>().Find(account.Marketplace)!;
        var canonical = provider.GetRequiredService<ICanonicalStore>();
        var runs = provider.GetRequiredService<ISyncRunStore>();
        var run = await runs.QueueAsync(storeId, SyncEntity.Orders, "bench", time.GetUtcNow(), CancellationToken.None);
        var pages = new List<(TimeSpan, int)>();
        using var stop = new CancellationTokenSource(duration);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await foreach (var page in connector.PullOrdersAsync(account, null, stop.Token))
            {
                pages.Add((Stopwatch.GetElapsedTime(started), page.Items.Count + page.Quarantined.Count));
                await canonical.WriteOrdersAsync(
                    new PageWrite<CanonicalOrder>(storeId, SyncEntity.Orders, run.Id, page.Items, page.Quarantined, page.Checkpoint), CancellationToken.None);
            }

            return (pages, Stopwatch.GetElapsedTime(started), true);
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            return (pages, Stopwatch.GetElapsedTime(started), false);
        }
    }

    private static void Report(List<(TimeSpan At, int Orders)> pages, TimeSpan elapsed, TikTokShopSandbox sandbox)
    {
        var c = CultureInfo.InvariantCulture;
        var orders = pages.Sum(p => p.Orders);
        var calls = sandbox.RequestCount;
        var callsPerPage = (double)calls / pages.Count;
        var first = pages.FindIndex(p => p.At >= SteadyFrom);
        var steady = first > 0 && pages.Count - first >= 3 ? pages[first..] : null;
        var steadyPerHour = steady is null ? double.NaN : steady.Skip(1).Sum(p => p.Orders) / (steady[^1].At - steady[0].At).TotalHours;
        var allowedPerHour = RequestsPerSecond * 3600 / callsPerPage * PageSize;
        Console.WriteLine("| duration (s) | orders | pages | calls | 429s | calls per page | orders/h steady | orders/h raw | the rate allows (orders/h) | steady / allowed |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(c,
            $"| {elapsed.TotalSeconds:N1} | {orders:N0} | {pages.Count:N0} | {calls:N0} | {sandbox.ThrottledCount:N0} | {callsPerPage:N2} | {steadyPerHour:N0} | {orders / elapsed.TotalHours:N0} | {allowedPerHour:N0} | {steadyPerHour / allowedPerHour:P1} |"));
        Console.WriteLine(string.Create(c,
            $"rate: {RequestsPerSecond:N0} requests/s per shop, burst {Burst}; {PageSize} orders per search page; allowed = rate x 3600 / calls per page x orders per page; steady = orders after the first {SteadyFrom.TotalSeconds:N0} s, per hour"));
    }
}
