using System.Diagnostics;
using System.Globalization;
using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Sandbox;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Bench;

/// <summary>
/// Orders synced per hour from the simulated Shopee shop enforcing a request rate on the real clock, through the
/// connector (get_order_list pages of 50, one get_order_detail batch each) into SQLite, beside the most that rate
/// allows. Shopee publishes no per-API rate, so the sandbox enforces the connector's default assumption (10 requests a
/// second per shop, burst 10), the figure a seller replaces with the one the app's console shows.
/// </summary>
internal static class ShopeeQuotaBench
{
    private static readonly SandboxRateLimit Limit = new(10, 10);

    /// <summary>
    /// Two runs: the connector's default budget (10 a second per API path, so an orders sync alternating two paths can ask
    /// for 20 a second of a shop allowing 10 and is answered 429 for the excess), then 5 a second per path, which keeps
    /// the two paths together within the shop's 10.
    /// </summary>
    public static async Task<int> RunAsync(BenchOptions options)
    {
        PrintHeader();
        foreach (var perPath in new double?[] { null, Limit.RestorePerSecond / 2 })
        {
            var result = await RunOnceAsync(options, perPath);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private static async Task<int> RunOnceAsync(BenchOptions options, double? perPath)
    {
        var folder = Directory.CreateTempSubdirectory("cbh-bench-");
        var time = TimeProvider.System;
        var orderCount = (int)Math.Max(5_000, Limit.RestorePerSecond * options.Duration.TotalSeconds * 50);
        using var sandbox = ShopeeSandbox.Start(new ShopeeSandboxOptions
        {
            Seed = 7,
            OrderCount = orderCount,
            OrdersStartAt = time.GetUtcNow() - TimeSpan.FromDays(20),
            OrderInterval = TimeSpan.FromDays(19) / orderCount,
            TimeProvider = time,
            RateLimit = Limit,
        });
        var settings = perPath is { } rate
            ? new Dictionary<string, string?>
            {
                ["Connectors:Shopee:RequestsPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
                ["Connectors:Shopee:Burst"] = rate.ToString(CultureInfo.InvariantCulture),
            }
            : null;
        await using var provider = await BenchHost.StartAsync(folder, "bench.db", settings: settings);
        var store = await provider.GetRequiredService<IStoreAccountRepository>().CreateAsync(
            new NewStoreAccount(
                Sellers.Default,
                ShopeeConstants.Marketplace,
                "Shopee quota store",
                new Dictionary<string, string>
                {
                    ["partnerId"] = sandbox.Options.PartnerId.ToString(CultureInfo.InvariantCulture),
                    ["shopId"] = sandbox.Options.ShopId.ToString(CultureInfo.InvariantCulture),
                    ["host"] = ShopeeConstants.SandboxHost,
                },
                new Dictionary<string, string>
                {
                    [ShopeeConstants.PartnerKeyCredential] = sandbox.Options.PartnerKey,
                    [ShopeeConstants.AccessTokenCredential] = sandbox.Options.AccessToken,
                    [ShopeeConstants.RefreshTokenCredential] = sandbox.Options.RefreshToken,
                },
                sandbox.Url,
                null),
            CancellationToken.None);

        var (orders, pages, elapsed, ranOut) = await SyncAsync(provider, store.Id, options.Duration, time);
        folder.Delete(recursive: true);
        if (ranOut)
        {
            await Console.Error.WriteLineAsync($"The sync read all {orderCount:N0} orders before the duration was up; the figures would not be rate-bound.");
            return 2;
        }

        Report(orders, pages, elapsed, sandbox, perPath ?? new ShopeeOptions().RequestsPerSecond);
        return 0;
    }

    private static async Task<(int Orders, int Pages, TimeSpan Elapsed, bool RanOut)> SyncAsync(IServiceProvider provider, Guid storeId, TimeSpan duration, TimeProvider time)
    {
        using var scope = provider.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<IStoreAccountSource>().FindAsync(storeId, CancellationToken.None)
            ?? throw new InvalidOperationException("The bench store vanished.");
        var connector = scope.ServiceProvider.GetRequiredService<IConnectorRegistry>().Find(account.Marketplace)!;
        var canonical = scope.ServiceProvider.GetRequiredService<ICanonicalStore>();
        var runs = scope.ServiceProvider.GetRequiredService<ISyncRunStore>();
        var run = await runs.QueueAsync(storeId, SyncEntity.Orders, "bench", time.GetUtcNow(), CancellationToken.None);
        await runs.MarkRunningAsync(run.Id, time.GetUtcNow(), CancellationToken.None);

        var (orders, pages, ranOut) = (0, 0, false);
        using var stop = new CancellationTokenSource(duration);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await foreach (var page in connector.PullOrdersAsync(account, null, stop.Token))
            {
                orders += page.Items.Count + page.Quarantined.Count;
                pages++;
                await canonical.WriteOrdersAsync(new PageWrite<CanonicalOrder>(storeId, SyncEntity.Orders, run.Id, page.Items, page.Quarantined, page.Checkpoint), CancellationToken.None);
            }

            ranOut = true;
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            // The duration is up.
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        await runs.FinishAsync(run.Id, SyncRunStatus.Succeeded, new SyncRunCounts(pages, orders, 0, 0, 0, TimeSpan.Zero), time.GetUtcNow(), null, CancellationToken.None);
        return (orders, pages, elapsed, ranOut);
    }

    private static void PrintHeader()
    {
        Console.WriteLine("| client budget per API path (req/s) | duration (s) | orders | pages | calls answered | 429 | orders/h | rate allows (orders/h, at the run's orders per call) | ideal (25 orders a call) | measured / allowed |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    }

    private static void Report(int orders, int pages, TimeSpan elapsed, ShopeeSandbox sandbox, double perPath)
    {
        var c = CultureInfo.InvariantCulture;
        var requests = sandbox.Requests;
        var throttled = requests.Count(r => r.Status == 429);
        var answered = requests.Count - throttled;
        var details = requests.Count(r => r.Path == ShopeeConstants.Paths.OrderDetail && r.Status == 200);
        var ordersPerCall = details == 0 ? 0 : (double)orders / answered;
        var perHour = orders / elapsed.TotalHours;

        // The most the rate allows: every second's requests answered, each carrying what an answered call carried here
        // (a full page: get_order_list + one get_order_detail for 50 orders, 25 orders a call), plus the burst once.
        var allowed = ((Limit.RestorePerSecond * 3600) + Limit.Capacity) * ordersPerCall;
        var ideal = ((Limit.RestorePerSecond * 3600) + Limit.Capacity) * (ShopeeConstants.MaxOrderDetailBatch / 2.0);
        Console.WriteLine(string.Create(c,
            $"| {perPath:N0} | {elapsed.TotalSeconds:N1} | {orders:N0} | {pages:N0} | {answered:N0} | {throttled:N0} ({(requests.Count == 0 ? 0 : (double)throttled / requests.Count):P1}) | {perHour:N0} | {allowed:N0} | {ideal:N0} | {perHour / allowed:P1} |"));
        Console.Error.WriteLine(string.Create(c,
            $"sandbox limit: {Limit.RestorePerSecond:N0} requests/s per shop, burst {Limit.Capacity:N0}; client budget {perPath:N0} requests/s per API path; {answered / elapsed.TotalSeconds:N2} calls/s answered, {ordersPerCall:N2} orders per answered call"));
    }
}
