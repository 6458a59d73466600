using System.Diagnostics;
using System.Globalization;
using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Bench;

/// <summary>
/// eBay orders synced per hour on the real clock against the sandbox enforcing the Fulfillment API's default daily
/// quota (100,000 calls a day per application, a figure not confirmed from eBay's page) as a bucket: a burst of 500
/// calls, then the day's quota spread over the day (1.157 calls a second). getOrders returns whole orders, up to 200 a
/// call, so the quota allows 200 orders a call. The run records each page's arrival; the steady state begins at the
/// first page whose call waited for the client's budget.
/// </summary>
internal static class EbayQuotaBench
{
    private const int OrdersPerCall = EbayConstants.MaxOrdersPageSize;
    private const double CallsPerDay = 100_000;
    private const int Burst = 500;
    /// <summary>
    /// A page counts as paced by the quota above this: once the burst is spent each call waits up to 0.86 s (one call's
    /// restore), while the first call's token refresh and the burst's calls wait a few milliseconds at most.
    /// </summary>
    private static readonly TimeSpan RealWait = TimeSpan.FromMilliseconds(100);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var folder = Directory.CreateTempSubdirectory("cbh-bench-ebay-");
        var time = TimeProvider.System;
        var limit = new SandboxRateLimit(Burst, CallsPerDay / 86_400);

        // More orders than the run can reach: the burst's and the duration's calls, full pages each, and a margin.
        var orderCount = (int)((Burst + (limit.RestorePerSecond * options.Duration.TotalSeconds) + 50) * OrdersPerCall);
        // The orders fill the backfill range evenly, so no window the sync walks is empty.
        const int backfillDays = 2;
        var interval = (TimeSpan.FromDays(backfillDays) - TimeSpan.FromHours(1)) / orderCount;
        using var sandbox = EbaySandbox.Start(new EbaySandboxOptions
        {
            Seed = 9,
            OrderCount = orderCount,
            OrderInterval = interval,
            OrdersStartAt = time.GetUtcNow() - TimeSpan.FromDays(backfillDays) + TimeSpan.FromMinutes(10),
            TimeProvider = time,
            RateLimit = limit,
        });
        var settings = new Dictionary<string, string?>
        {
            ["Connectors:Ebay:BackfillDays"] = backfillDays.ToString(CultureInfo.InvariantCulture),

            // Hour-long windows keep offset paging shallow (3,600 orders, 18 pages a window).
            ["Connectors:Ebay:OrdersWindow"] = "01:00:00",
            ["Connectors:Ebay:FulfillmentBurst"] = Burst.ToString(CultureInfo.InvariantCulture),
            ["Connectors:Ebay:FulfillmentCallsPerDay"] = CallsPerDay.ToString(CultureInfo.InvariantCulture),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var provider = await BenchHost.StartAsync(folder, "bench.db", services => services.AddEbayConnector(configuration));

        var store = await provider.GetRequiredService<IStoreAccountRepository>().CreateAsync(
            new NewStoreAccount(
                Sellers.Default,
                EbayConstants.Marketplace,
                "eBay quota store",
                new Dictionary<string, string> { [EbayConstants.MarketplaceIdSetting] = sandbox.Options.MarketplaceId, [EbayConstants.EnvironmentSetting] = EbayConstants.Sandbox },
                new Dictionary<string, string>
                {
                    [EbayConstants.ClientIdCredential] = sandbox.Options.ClientId,
                    [EbayConstants.ClientSecretCredential] = sandbox.Options.ClientSecret,
                    [EbayConstants.RefreshTokenCredential] = sandbox.Options.RefreshToken,
                },
                sandbox.Url,
                sandbox.Url),
            CancellationToken.None);
        var (samples, elapsed) = await IngestAsync(provider, store.Id, sandbox, options.Duration, time);
        folder.Delete(recursive: true);
        if (samples.Count == 0)
        {
            await Console.Error.WriteLineAsync("No page arrived within the duration.");
            return 1;
        }

        Report(samples, elapsed, sandbox, limit);
        return 0;
    }

    private static async Task<(List<QuotaSample> Samples, TimeSpan Elapsed)> IngestAsync(
        IServiceProvider provider, Guid storeId, EbaySandbox sandbox, TimeSpan duration, TimeProvider time)
    {
        using var scope = provider.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<IStoreAccountSource>().FindAsync(storeId, CancellationToken.None)
            ?? throw new InvalidOperationException("The bench store vanished.");
        var connector = scope.ServiceProvider.GetRequiredService<IConnectorRegistry>().Find(account.Marketplace)!;
        var store = scope.ServiceProvider.GetRequiredService<ICanonicalStore>();
        var runs = scope.ServiceProvider.GetRequiredService<ISyncRunStore>();
        var run = await runs.QueueAsync(storeId, SyncEntity.Orders, "bench", time.GetUtcNow(), CancellationToken.None);
        await runs.MarkRunningAsync(run.Id, time.GetUtcNow(), CancellationToken.None);
        var samples = new List<QuotaSample>();
        using var stop = new CancellationTokenSource(duration);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await foreach (var page in connector.PullOrdersAsync(account, null, stop.Token))
            {
                var throttled = sandbox.Requests.Count(r => r.Status == 429);
                samples.Add(new QuotaSample(Stopwatch.GetElapsedTime(started), page.Items.Count + page.Quarantined.Count, page.ThrottleWait, 0, sandbox.RequestCount, throttled));
                await store.WriteOrdersAsync(
                    new PageWrite<CanonicalOrder>(storeId, SyncEntity.Orders, run.Id, page.Items, page.Quarantined, page.Checkpoint), CancellationToken.None);
            }
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            // The duration is up.
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var counts = new SyncRunCounts(samples.Count, samples.Sum(s => s.Orders), 0, 0, 0, samples.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.BucketWait));
        await runs.FinishAsync(run.Id, SyncRunStatus.Succeeded, counts, time.GetUtcNow(), null, CancellationToken.None);
        return (samples, elapsed);
    }

    private static void Report(List<QuotaSample> samples, TimeSpan elapsed, EbaySandbox sandbox, SandboxRateLimit limit)
    {
        var c = CultureInfo.InvariantCulture;
        var orders = samples.Sum(s => s.Orders);
        var calls = sandbox.RequestCount;
        var throttled = sandbox.Requests.Count(r => r.Status == 429);
        var rawPerHour = orders / elapsed.TotalHours;

        // What the quota allows: sustained, the day's calls spread over 24 hours; in the first hour, the burst on top.
        var sustained = limit.RestorePerSecond * 3600 * OrdersPerCall;
        var firstHourAllowed = (limit.Capacity + (limit.RestorePerSecond * 3600)) * OrdersPerCall;
        var k = samples.FindIndex(s => s.BucketWait > RealWait);
        string steadyRate = "n/a", projected = "n/a", ratio = "n/a", steadyText;
        if (k >= 0 && samples.Count - k >= 3)
        {
            var steady = samples[k..];
            var window = steady[^1].At - steady[0].At;
            var windowOrders = steady.Skip(1).Sum(s => s.Orders);
            var perHour = windowOrders / window.TotalHours;
            var firstHour = samples.Take(k + 1).Sum(s => s.Orders) + (perHour * (1 - steady[0].At.TotalHours));
            steadyRate = perHour.ToString("N0", c);
            projected = firstHour.ToString("N0", c);
            ratio = (firstHour / firstHourAllowed).ToString("P1", c);
            steadyText = string.Create(c,
                $"steady state from page {k + 1} at {steady[0].At.TotalSeconds:N1} s: {windowOrders:N0} orders in {steady.Count - 1} pages over {window.TotalSeconds:N1} s = {steady.Count / window.TotalSeconds:N3} calls/s against {limit.RestorePerSecond:N3} the quota restores; {perHour / sustained:P1} of the sustained allowance");
        }
        else
        {
            var burstSeconds = limit.Capacity * elapsed.TotalSeconds / Math.Max(1, calls);
            steadyText = string.Create(c,
                $"steady state: not reached; the hub spent {calls:N0} of the {limit.Capacity:N0}-call burst in {elapsed.TotalSeconds:N1} s and would spend it all in about {burstSeconds:N0} s at this pace; run longer (--duration)");
        }

        Console.WriteLine("| duration (s) | orders | pages | calls | 429 | orders/h raw | orders/h steady | first hour (projected) | quota allows, first hour | quota allows, sustained (orders/h) | projected / allowed |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(c,
            $"| {elapsed.TotalSeconds:N1} | {orders:N0} | {samples.Count:N0} | {calls:N0} | {throttled:N0} | {rawPerHour:N0} | {steadyRate} | {projected} | {firstHourAllowed:N0} | {sustained:N0} | {ratio} |"));
        Console.WriteLine(string.Create(c,
            $"quota: {CallsPerDay:N0} calls a day per application as a bucket of {limit.Capacity:N0} restoring {limit.RestorePerSecond:N3} a second; {OrdersPerCall} orders a call; first hour allowed = (burst + restore x 3600) x {OrdersPerCall}, sustained = restore x 3600 x {OrdersPerCall}"));
        Console.WriteLine(steadyText);
        Console.WriteLine(string.Create(c,
            $"client budget: waited {samples.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.BucketWait).TotalSeconds:N1} s in all, first at page {(k >= 0 ? k + 1 : 0)}"));
    }
}
