using System.Globalization;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Bench;

/// <summary>
/// Backfill: N orders through a bulk operation beside page-by-page paging, each a new store's first orders sync
/// through the real SyncRunner into SQLite, against one sandbox enforcing the Standard plan (100 points/s restore),
/// on the real clock. Run: dotnet run -c Release --project bench -- --mode backfill --orders 2000
/// </summary>
internal static class BackfillBench
{
    /// <summary>How often the bulk operation is polled here; the sandbox's operation is done at its first poll.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var folder = Directory.CreateTempSubdirectory("cbh-backfill-");
        try
        {
            using var sandbox = ShopifySandbox.Start(new ShopifySandboxOptions
            {
                Seed = 7,
                OrderCount = options.Orders,
                TimeProvider = TimeProvider.System,
                Throttle = ShopifySandboxThrottle.Standard,
                LogRequests = false,
            });

            var results = new List<(string Mode, long Orders, TimeSpan Elapsed, int Pages, int Requests, int Throttled, TimeSpan Waited)>();
            foreach (var bulk in new[] { true, false })
            {
                var mode = bulk ? "bulk operation" : "paging";
                await using var provider = await BuildAsync(folder, bulk);
                var requests = sandbox.RequestCount;
                var throttled = sandbox.ThrottledCount;
                var (_, run, elapsed, _) = await BenchIngest.RunAsync(provider, sandbox, $"Backfill by {mode}", TimeProvider.System);
                if (run.Status != SyncRunStatus.Succeeded)
                {
                    await Console.Error.WriteLineAsync($"The {mode} backfill failed: {run.Error}");
                    return 1;
                }

                results.Add((mode, run.Counts.Upserted, elapsed, run.Counts.Pages, sandbox.RequestCount - requests, sandbox.ThrottledCount - throttled, run.Counts.ThrottleWait));
            }

            var c = CultureInfo.InvariantCulture;
            Console.WriteLine("| backfill | orders | elapsed (s) | orders/hour | pages | GraphQL requests | THROTTLED | waited for budget (s) |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in results)
            {
                Console.WriteLine(string.Create(c,
                    $"| {r.Mode} | {r.Orders:N0} | {r.Elapsed.TotalSeconds:N1} | {r.Orders / r.Elapsed.TotalHours:N0} | {r.Pages:N0} | {r.Requests:N0} | {r.Throttled:N0} | {r.Waited.TotalSeconds:N1} |"));
            }

            Console.WriteLine(string.Create(c,
                $"Sandbox: Standard plan bucket ({ShopifySandboxThrottle.Standard.MaximumAvailable:N0} points, {ShopifySandboxThrottle.Standard.RestoreRate:N0}/s restore); its bulk operation completes at the first poll ({PollInterval.TotalSeconds:N0} s), so the bulk figure is the hub's side: a real shop's operation adds its own run time."));
            return results.All(r => r.Orders == options.Orders) ? 0 : 2;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Task<ServiceProvider> BuildAsync(DirectoryInfo folder, bool bulk) =>
        BenchHost.StartAsync(folder, bulk ? "bulk.db" : "paging.db", settings: new Dictionary<string, string?>
        {
            ["Connectors:Shopify:BulkBackfill"] = bulk ? "true" : "false",
            ["Connectors:Shopify:BulkPollInterval"] = PollInterval.ToString("c", CultureInfo.InvariantCulture),
        });
}
