using System.Diagnostics;
using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Bench;

/// <summary>
/// The two halves of a sync timed apart, on the code the SyncRunner calls: the connector's pull (fetch, parse, map)
/// with the mapped pages kept, and the store's page writes (batched upsert, change sequence and checkpoint in one
/// transaction per page) of pages already mapped.
/// </summary>
internal static class SplitIngest
{
    public static async Task<(List<SourcePage<CanonicalOrder>> Pages, TimeSpan Elapsed)> PullAsync(IServiceProvider provider, Guid storeId)
    {
        using var scope = provider.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<IStoreAccountSource>().FindAsync(storeId, CancellationToken.None)
            ?? throw new InvalidOperationException("The bench store vanished.");
        var connector = scope.ServiceProvider.GetRequiredService<IConnectorRegistry>().Find(account.Marketplace)
            ?? throw new InvalidOperationException($"No connector for {account.Marketplace}.");
        var pages = new List<SourcePage<CanonicalOrder>>();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        await foreach (var page in connector.PullOrdersAsync(account, null, CancellationToken.None))
        {
            pages.Add(page);
        }

        return (pages, clock.Elapsed);
    }

    public static async Task<(int Upserted, TimeSpan Elapsed)> WriteAsync(
        IServiceProvider provider, Guid storeId, IReadOnlyList<SourcePage<CanonicalOrder>> pages, TimeProvider time)
    {
        using var scope = provider.CreateScope();
        var runs = scope.ServiceProvider.GetRequiredService<ISyncRunStore>();
        var store = scope.ServiceProvider.GetRequiredService<ICanonicalStore>();
        var run = await runs.QueueAsync(storeId, SyncEntity.Orders, "bench", time.GetUtcNow(), CancellationToken.None);
        await runs.MarkRunningAsync(run.Id, time.GetUtcNow(), CancellationToken.None);
        var upserted = 0;
        GC.Collect();
        var clock = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            var result = await store.WriteOrdersAsync(
                new PageWrite<CanonicalOrder>(storeId, SyncEntity.Orders, run.Id, page.Items, page.Quarantined, page.Checkpoint),
                CancellationToken.None);
            upserted += result.Upserted;
        }

        clock.Stop();
        await runs.FinishAsync(run.Id, SyncRunStatus.Succeeded, new SyncRunCounts(pages.Count, upserted, 0, 0, 0, TimeSpan.Zero), time.GetUtcNow(), null, CancellationToken.None);
        return (upserted, clock.Elapsed);
    }
}
