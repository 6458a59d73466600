using System.Globalization;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Bench;

/// <summary>
/// Quota use under Shopify's Standard plan (the sandbox's bucket: its size as throttleStatus.maximumAvailable reports
/// it, 100 points restored a second) on the real clock: orders synced in a fixed duration through the connector into
/// SQLite, against what the bucket allows for the points the sandbox actually charged per order.
/// </summary>
internal static class QuotaBench
{
    /// <summary>
    /// A fetch counts as having waited for the bucket above this: every acquire is timed, so a few microseconds show
    /// even when the points were there, while any real wait is at least a timer tick.
    /// </summary>
    private static readonly TimeSpan RealWait = TimeSpan.FromMilliseconds(5);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var folder = Directory.CreateTempSubdirectory("cbh-bench-");
        var plan = ShopifySandboxThrottle.Standard;
        var time = TimeProvider.System;

        // More orders than the run can reach: no order costs as little as one point.
        var orderCount = (int)(plan.MaximumAvailable + (plan.RestoreRate * options.Duration.TotalSeconds) + 1_000);
        var interval = TimeSpan.FromSeconds(1);
        using var sandbox = ShopifySandbox.Start(new ShopifySandboxOptions
        {
            Seed = 7,
            OrderCount = orderCount,
            OrderInterval = interval,
            OrdersStartAt = time.GetUtcNow() - (interval * orderCount) - TimeSpan.FromHours(1),
            TimeProvider = time,
            Throttle = plan,
            LogRequests = false,
        });
        await using var provider = await BenchHost.StartAsync(folder, "bench.db");

        // JIT warm-up on an unthrottled store with a bucket of its own (another shop domain), so the first pages of the
        // measured run are not slowed by compilation while the initial bucket is spent.
        var fake = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using (var warmUp = ShopifySandbox.Start(IngestBench.Unthrottled(fake, 5_000) with { Seed = 8, ShopDomain = "warm-up.myshopify.com" }))
        {
            var warmed = await BenchIngest.RunAsync(provider, warmUp, "Warm-up store", fake);
            if (warmed.Run.Status != SyncRunStatus.Succeeded)
            {
                await Console.Error.WriteLineAsync($"The warm-up sync failed: {warmed.Run.Error}");
                return 1;
            }
        }

        var store = await BenchIngest.CreateStoreAsync(provider, sandbox, sandbox.Url, "Quota store");
        var (samples, elapsed, ranOut) = await QuotaIngest.RunAsync(provider, store.Id, sandbox, options.Duration, time);
        folder.Delete(recursive: true);
        if (ranOut)
        {
            await Console.Error.WriteLineAsync($"The sync reached the last of {orderCount:N0} orders before the duration was up; the figures would not be throttled ones.");
            return 2;
        }

        if (samples.Count == 0)
        {
            await Console.Error.WriteLineAsync("No page arrived within the duration.");
            return 1;
        }

        Report(samples, elapsed, sandbox, plan, new ShopifyOptions());
        return 0;
    }

    private static void Report(List<QuotaSample> samples, TimeSpan elapsed, ShopifySandbox sandbox, ShopifySandboxThrottle plan, ShopifyOptions connector)
    {
        var c = CultureInfo.InvariantCulture;
        var restore = plan.RestoreRate;
        var bucket = plan.MaximumAvailable;
        var last = samples[^1];
        var orders = samples.Sum(s => s.Orders);
        var costPerOrder = (double)last.ChargedPoints / orders;
        var first = OrdersQuery.PageSize(connector.MaxOrdersPageSize, connector.OrderLineItemsPageSize);
        var requestedPerPage = OrdersQuery.RequestedCost(first, connector.OrderLineItemsPageSize);
        var calls = sandbox.RequestCount;
        var throttled = sandbox.ThrottledCount;

        // Raw: everything the run delivered against all the points the bucket held in the same time (full at the start).
        var rawPerHour = orders / elapsed.TotalHours;
        var allowedInRun = (bucket + (restore * elapsed.TotalSeconds)) / costPerOrder;

        // Steady state: from the first page whose fetch had to wait for the bucket (the initial points are spent).
        var k = samples.FindIndex(s => s.BucketWait > RealWait);
        var steady = k >= 0 && samples.Count - k >= 3 ? samples[k..] : null;
        var allowedPerHour = ((restore * 3600) + bucket) / costPerOrder;
        string steadyRate = "n/a", projected = "n/a", ratio = "n/a", use = "n/a", steadyText;
        if (steady is not null)
        {
            var window = steady[^1].At - steady[0].At;
            var windowOrders = steady.Skip(1).Sum(s => s.Orders);

            // The wait before each page restores what the page before it spent: the window's time pays for pages k to n-1.
            var windowPoints = steady[^2].ChargedPoints - (k == 0 ? 0 : samples[k - 1].ChargedPoints);
            var paidOrders = steady.SkipLast(1).Sum(s => s.Orders);
            var perHour = windowOrders / window.TotalHours;

            // The first hour: what arrived until the steady state began, then the steady rate for the rest of the hour.
            var firstHour = samples.Take(k + 1).Sum(s => s.Orders) + (perHour * (1 - steady[0].At.TotalHours));
            steadyRate = perHour.ToString("N0", c);
            projected = firstHour.ToString("N0", c);
            ratio = (firstHour / allowedPerHour).ToString("P1", c);
            use = (windowPoints / window.TotalSeconds / restore).ToString("P1", c);
            steadyText = string.Create(c,
                $"steady state from page {k + 1} at {steady[0].At.TotalSeconds:N1} s: {windowOrders:N0} orders in {steady.Count - 1} pages over {window.TotalSeconds:N1} s, restoring the {windowPoints:N0} points the pages before them were charged: {windowPoints / window.TotalSeconds:N1} points/s against {restore:N0} restored ({windowPoints / window.TotalSeconds / restore:P1}), {(double)windowPoints / paidOrders:N2} points per order");
        }
        else
        {
            steadyText = "steady state: fewer than three pages after the first wait for the bucket; run longer (--duration)";
        }

        Console.WriteLine("| duration (s) | orders | pages | calls | THROTTLED | orders/h steady | orders/h raw | first hour (projected) | bucket allows (orders/h) | projected / allowed | steady points/s / restore | actual cost per order | requested / actual cost per page |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(c,
            $"| {elapsed.TotalSeconds:N1} | {orders:N0} | {samples.Count:N0} | {calls:N0} | {throttled:N0} ({(calls == 0 ? 0 : (double)throttled / calls):P2}) | {steadyRate} | {rawPerHour:N0} | {projected} | {allowedPerHour:N0} | {ratio} | {use} | {costPerOrder:N2} | {requestedPerPage:N0} / {(double)last.ChargedPoints / samples.Count:N0} |"));
        Console.WriteLine(string.Create(c,
            $"bucket: {bucket:N0} points, {restore:N0} restored a second (Standard plan); allowed = (restore x 3600 + the initial bucket once) / actual cost per order, the points the sandbox charged per order delivered; first hour = orders until the steady state + the steady rate for the rest of the hour"));
        Console.WriteLine(string.Create(c,
            $"raw: {orders:N0} orders in {elapsed.TotalSeconds:N1} s against {allowedInRun:N0} the bucket allowed in that time ({bucket:N0} + {restore:N0} x {elapsed.TotalSeconds:N1} s of points at {costPerOrder:N2} an order): {orders / allowedInRun:P1}; points left unspent at the cut-off weigh on short runs"));
        Console.WriteLine(steadyText);
        Console.WriteLine(string.Create(c,
            $"client bucket: waited {samples.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.BucketWait).TotalSeconds:N1} s in all, first at page {(k >= 0 ? k + 1 : 0)}; {calls - last.Requests} call(s) after the last page arrived (cut off at the end of the run)"));
    }
}
