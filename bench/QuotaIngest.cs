using System.Diagnostics;
using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Bench;

/// <summary>
/// An orders sync cut off after a wall-clock duration, on the SyncRunner's path (the connector's pages, each written
/// with its checkpoint through the canonical store) without its prefetch, so each page's arrival can be stamped with
/// the sandbox's accounting for exactly the pages delivered so far. Under a throttle the bucket sets the pace, so
/// overlapping the few milliseconds of each write would change nothing.
/// </summary>
internal static class QuotaIngest
{
    public static async Task<(List<QuotaSample> Samples, TimeSpan Elapsed, bool RanOut)> RunAsync(
        IServiceProvider provider, Guid storeId, ShopifySandbox sandbox, TimeSpan duration, TimeProvider time)
    {
        using var scope = provider.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<IStoreAccountSource>().FindAsync(storeId, CancellationToken.None)
            ?? throw new InvalidOperationException("The bench store vanished.");
        var connector = scope.ServiceProvider.GetRequiredService<IConnectorRegistry>().Find(account.Marketplace)
            ?? throw new InvalidOperationException($"No connector for {account.Marketplace}.");
        var store = scope.ServiceProvider.GetRequiredService<ICanonicalStore>();
        var runs = scope.ServiceProvider.GetRequiredService<ISyncRunStore>();
        var run = await runs.QueueAsync(storeId, SyncEntity.Orders, "bench", time.GetUtcNow(), CancellationToken.None);
        await runs.MarkRunningAsync(run.Id, time.GetUtcNow(), CancellationToken.None);

        var samples = new List<QuotaSample>();
        var ranOut = false;
        using var stop = new CancellationTokenSource(duration);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await foreach (var page in connector.PullOrdersAsync(account, null, stop.Token))
            {
                var at = Stopwatch.GetElapsedTime(started);
                samples.Add(new QuotaSample(at, page.Items.Count + page.Quarantined.Count, page.ThrottleWait, sandbox.ChargedPoints, sandbox.RequestCount, sandbox.ThrottledCount));
                await store.WriteOrdersAsync(
                    new PageWrite<CanonicalOrder>(storeId, SyncEntity.Orders, run.Id, page.Items, page.Quarantined, page.Checkpoint),
                    CancellationToken.None);
            }

            ranOut = true;
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            // The duration is up; a request cut off mid-flight is the sandbox's to count, not a page delivered.
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var counts = new SyncRunCounts(samples.Count, samples.Sum(s => s.Orders), 0, 0, 0, samples.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.BucketWait));
        await runs.FinishAsync(run.Id, SyncRunStatus.Succeeded, counts, time.GetUtcNow(), null, CancellationToken.None);
        return (samples, elapsed, ranOut);
    }
}
