using System.Globalization;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Refit;

namespace CrossBorderHub.Bench;

/// <summary>
/// The hub's own cost apart from the sandbox's web server. The N orders' pages are fetched once from the sandbox and
/// kept as the bytes it sent (wire pages, not canonical records); a second hub, on its own SQLite file, has its Shopify
/// client answered from them. Figures, all on the same N orders: end to end (sandbox over HTTP, as in the ingest
/// mode); hub from memory (the real SyncRunner, connector and database: parse, map, batched upsert, checkpoint); and
/// its two halves timed apart: the connector's pull alone (parse and map, the pages kept as canonical records) and the
/// writes of those canonical pages alone.
/// </summary>
internal static class OverheadBench
{
    /// <summary>A loopback port nothing answers on: were the memory client not in place, the run would fail rather than reach the sandbox.</summary>
    private static readonly Uri Unreachable = new("http://127.0.0.1:9/");

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var folder = Directory.CreateTempSubdirectory("cbh-bench-");
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var sandbox = ShopifySandbox.Start(IngestBench.Unthrottled(clock, options.Orders));
        var pages = new CapturedPages();
        await using var overHttp = await BenchHost.StartAsync(folder, "bench.db");
        await using var fromMemory = await BenchHost.StartAsync(folder, "memory.db", services =>
            services.AddHttpClient(UniqueName.ForType<IShopifyAdminApi>()).ConfigurePrimaryHttpMessageHandler(() => new ReplayHandler(pages)));

        if (!await IngestBench.WarmUpAsync(overHttp, sandbox, clock, capture: null))
        {
            return 1;
        }

        var (parsedOrders, _, parseTime, _, _) = await ParseOnly.RunAsync(sandbox, new ShopifyOptions(), pages);

        // The memory hub's warm-up: the same pages into a store of its own.
        var warmed = await BenchIngest.RunAsync(fromMemory, sandbox, Unreachable, "Warm-up store", clock);
        var http = await BenchIngest.RunAsync(overHttp, sandbox, "Bench store", clock);
        var memory = await BenchIngest.RunAsync(fromMemory, sandbox, Unreachable, "Bench store", clock);
        foreach (var run in new[] { warmed.Run, http.Run, memory.Run })
        {
            if (run.Status != SyncRunStatus.Succeeded)
            {
                await Console.Error.WriteLineAsync($"A sync failed: {run.Error}");
                return 1;
            }
        }

        var pullStore = await BenchIngest.CreateStoreAsync(fromMemory, sandbox, Unreachable, "Pull-only store");
        var (mapped, pullTime) = await SplitIngest.PullAsync(fromMemory, pullStore.Id);
        var writeStore = await BenchIngest.CreateStoreAsync(fromMemory, sandbox, Unreachable, "Write-only store");
        var (written, writeTime) = await SplitIngest.WriteAsync(fromMemory, writeStore.Id, mapped, clock);
        var pulled = mapped.Sum(p => p.Items.Count);

        var c = CultureInfo.InvariantCulture;
        var orders = http.Run.Counts.Upserted;
        var httpRate = orders / http.Elapsed.TotalSeconds;
        var memoryRate = memory.Run.Counts.Upserted / memory.Elapsed.TotalSeconds;
        Console.WriteLine("| orders | pages | end to end (orders/s) | hub from memory (orders/s) | pull from memory: parse + map (orders/s) | write only: upsert + checkpoint (orders/s) | parse only (orders/s) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(c,
            $"| {orders:N0} | {http.Run.Counts.Pages:N0} | {httpRate:N0} | {memoryRate:N0} | {pulled / pullTime.TotalSeconds:N0} | {written / writeTime.TotalSeconds:N0} | {parsedOrders / parseTime.TotalSeconds:N0} |"));
        Console.WriteLine(string.Create(c,
            $"end to end {http.Elapsed.TotalSeconds:N2} s; hub from memory {memory.Elapsed.TotalSeconds:N2} s ({memory.Elapsed / http.Elapsed:P0} of end to end, {memory.Elapsed.TotalMilliseconds / memory.Run.Counts.Pages:N2} ms a page); timed apart, pull {pullTime.TotalSeconds:N2} s and write {writeTime.TotalSeconds:N2} s (the sync overlaps them, fetching the next page while it writes one); {pages.Count:N0} captured pages, {pages.Bytes / 1048576.0:N1} MiB in memory; peak heap {memory.PeakHeapBytes / 1048576.0:N0} MB (from memory) and {http.PeakHeapBytes / 1048576.0:N0} MB (end to end)"));
        folder.Delete(recursive: true);
        return orders == options.Orders && memory.Run.Counts.Upserted == orders && pulled == orders && written == orders ? 0 : 2;
    }
}
