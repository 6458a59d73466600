using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>
/// The connector contract: what every connector must do against its sandbox, through the real hub (store API,
/// scheduler, database, ERP feed), on SQLite and PostgreSQL. A marketplace joins with one line:
/// <c>public sealed class AcmeContract(ContractHubs hubs) : ConnectorContract&lt;AcmeContractAdapter&gt;(hubs);</c>
/// </summary>
public abstract partial class ConnectorContract<TAdapter>(ContractHubs hubs) : IClassFixture<ContractHubs>
    where TAdapter : IConnectorContractAdapter, new()
{
    private static readonly TimeSpan IdleDeadline = TimeSpan.FromSeconds(30);

    protected TAdapter Adapter { get; } = new();

    protected Task<HubFixture> HubAsync(string database) => hubs.ForAsync(database);

    /// <summary>
    /// A seed of its own for each scenario, row and database, the same on every run (FNV-1a: string.GetHashCode
    /// changes between processes), so a failure replays with the same store.
    /// </summary>
    protected static int SeedFor(string scenario, string database, int variant = 0)
    {
        var hash = 2_166_136_261u;
        foreach (var c in $"{typeof(TAdapter).Name}/{scenario}/{database}/{variant}")
        {
            hash = unchecked((hash ^ c) * 16_777_619u);
        }

        return (int)(hash % 1_000_000) + 1;
    }

    protected static async Task<Guid> ConnectAsync(HubFixture hub, IContractSandbox sandbox, string name)
    {
        var response = await hub.Admin.PostAsJsonAsync("/api/v1/stores", sandbox.StoreBody(name));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    protected static async Task<List<string>> OrderIdsInFeedAsync(HubFixture hub, Guid storeId)
    {
        var (orders, _) = await hub.Erp.ReadFeedAsync("orders", storeId);
        return [.. orders.Select(o => o.GetProperty("marketplaceOrderId").GetString()!)];
    }

    /// <summary>Every expected id exactly once and nothing else.</summary>
    protected static void AssertEachOnce(IEnumerable<string> expected, IReadOnlyCollection<string> actual)
    {
        var want = expected.ToHashSet();
        var duplicates = actual.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"Delivered more than once: {string.Join(", ", duplicates.Take(5))}");
        Assert.True(want.SetEquals(actual), $"Expected {want.Count} orders, the feed has {actual.Count}; missing {string.Join(", ", want.Except(actual).Take(5))}");
    }

    /// <summary>
    /// Waits until the hub runs no sync job: a failed run's retry is queued by its job before the job ends, so
    /// afterwards the store's run list is final.
    /// </summary>
    protected static async Task WaitUntilNoSyncRunsAsync(HubFixture hub)
    {
        var scheduler = await hub.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        using var deadline = new CancellationTokenSource(IdleDeadline);
        while ((await scheduler.QueryFireInstances(new FireInstanceQuery(), deadline.Token)).Items.Count > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }

    protected static async Task<List<JsonElement>> RunsOfAsync(HubFixture hub, Guid storeId) =>
        [.. (await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs?storeId={storeId}")).EnumerateArray()];
}
