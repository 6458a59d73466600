using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Hub.Dashboard.Data;

/// <summary>What the dashboard's pages show, read from the stores, the run history and the scheduler.</summary>
public sealed class DashboardReader(
    IStoreAccountRepository stores,
    ISyncRunStore runs,
    IConnectorRegistry connectors,
    NextFireTimes schedule,
    TimeProvider time)
{
    /// <summary>How many of a store's newest runs its health and chart are drawn from.</summary>
    public const int HistoryDepth = 60;

    public async Task<IReadOnlyList<StoreRow>> StoresAsync(CancellationToken cancellationToken)
    {
        var all = await stores.ListAsync(cancellationToken);
        var next = await schedule.ByStoreAsync(cancellationToken);
        var rows = new List<StoreRow>(all.Count);
        foreach (var store in all.OrderBy(s => s.Status == StoreStatus.Removed).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase))
        {
            var history = await runs.ListAsync(store.Id, HistoryDepth, cancellationToken);
            rows.Add(Row(store, history, next));
        }

        return rows;
    }

    public async Task<IReadOnlyList<RunRow>> RecentRunsAsync(Guid? storeId, int limit, CancellationToken cancellationToken)
    {
        var names = (await stores.ListAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);
        var list = await runs.ListAsync(storeId, limit, cancellationToken);
        var now = time.GetUtcNow();
        return [.. list.Select(r => new RunRow(r, names.GetValueOrDefault(r.StoreId, r.StoreId.ToString()), now))];
    }

    public async Task<StoreDetail?> StoreAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await stores.FindAsync(id, cancellationToken) is not { } store)
        {
            return null;
        }

        var history = await runs.ListAsync(id, HistoryDepth, cancellationToken);
        var next = await schedule.ByStoreAsync(cancellationToken);
        var now = time.GetUtcNow();
        return new StoreDetail(Row(store, history, next), [.. history.Select(r => new RunRow(r, store.Name, now))], RunChart.From(history));
    }

    public async Task<RunRow?> RunAsync(Guid runId, CancellationToken cancellationToken)
    {
        if (await runs.FindAsync(runId, cancellationToken) is not { } run)
        {
            return null;
        }

        var store = await stores.FindAsync(run.StoreId, cancellationToken);
        return new RunRow(run, store?.Name ?? run.StoreId.ToString(), time.GetUtcNow());
    }

    public async Task<IReadOnlyDictionary<Guid, string>> StoreNamesAsync(CancellationToken cancellationToken) =>
        (await stores.ListAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);

    private StoreRow Row(StoreSummary store, IReadOnlyList<SyncRun> history, IReadOnlyDictionary<Guid, DateTimeOffset> next)
    {
        var capabilities = connectors.Find(store.Marketplace)?.Capabilities ?? MarketplaceCapabilities.None;
        var entities = SyncEntities.All.Where(e => capabilities.HasFlag(SyncEntities.RequiredCapability(e))).Select(SyncEntities.Name).ToList();
        return new StoreRow(store, StoreHealth.From(history), next.TryGetValue(store.Id, out var fire) ? fire : null, entities);
    }
}
