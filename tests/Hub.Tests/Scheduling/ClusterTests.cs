using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Scheduling;

/// <summary>Two hub processes sharing one PostgreSQL database form a Quartz cluster.</summary>
public sealed partial class ClusterTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    /// <summary>Short check-ins, so a killed node is taken for dead within seconds.</summary>
    private static Dictionary<string, string?> Node(bool scheduled) => new()
    {
        ["Sync:ScheduleEnabled"] = scheduled ? "true" : "false",
        ["Sync:OrdersInterval"] = "01:00:00",
        ["Sync:CatalogInterval"] = "7.00:00:00",
        ["Sync:InventoryInterval"] = "7.00:00:00",
        ["JobStore:CheckinInterval"] = "00:00:01",
        ["JobStore:CheckinMisfireThreshold"] = "00:00:02",
    };

    [PostgreSqlFact]
    public async Task Every_trigger_fires_once_across_two_hubs_sharing_the_database()
    {
        const int Stores = 6;
        using var folder = new TempFolder();
        var database = DatabaseUnderTest.PostgreSql();
        var sandboxes = Enumerable.Range(0, Stores).Select(i => Sandboxes.Shopify(orders: 20, seed: 40 + i)).ToList();
        try
        {
            await using var a = await HubProcess.StartAsync("hub A", database, folder.Path, Node(scheduled: true));
            await using var b = await HubProcess.StartAsync("hub B", database, folder.Path, Node(scheduled: true));

            // Each store's three schedules start now, placed through either hub; each hub also re-places them all at its start.
            var stores = new List<Guid>();
            for (var i = 0; i < Stores; i++)
            {
                stores.Add(await (i % 2 == 0 ? a : b).Admin.ConnectSandboxStoreAsync(sandboxes[i], $"Cluster store {i}"));
            }

            var runs = await WaitForFinishedRunsAsync(a.Admin, Stores * 3);
            await using var restarted = await HubProcess.StartAsync("hub C", database, folder.Path, Node(scheduled: true));
            var after = await WaitForFinishedRunsAsync(restarted.Admin, Stores * 3);

            Assert.Equal(Stores * 3, runs.Count);
            Assert.All(runs, r => Assert.Equal("Succeeded", r.GetProperty("status").GetString()));
            Assert.Equal(Stores * 3, runs.Select(r => (r.GetProperty("storeId").GetGuid(), r.GetProperty("entity").GetString())).Distinct().Count());
            Assert.Equal(Stores * 3, after.Count);
            Assert.Equal(Stores * 3, Started(a.Output) + Started(b.Output) + Started(restarted.Output));
            for (var i = 0; i < Stores; i++)
            {
                var (orders, _) = await b.Erp.ReadFeedAsync("orders", stores[i]);
                Assert.Equal(20, orders.Count);
            }
        }
        finally
        {
            sandboxes.ForEach(s => s.Dispose());
            await database.DropAsync();
        }
    }

    [PostgreSqlFact]
    public async Task A_sync_whose_hub_is_killed_mid_run_is_recovered_and_finished_by_the_other()
    {
        const int Orders = 3000;
        using var folder = new TempFolder();
        var database = DatabaseUnderTest.PostgreSql();
        using var sandbox = Sandboxes.Shopify(orders: Orders, seed: 50);
        try
        {
            // Small pages make a run long enough to be caught in the middle.
            var node = Node(scheduled: false);
            node["Connectors:Shopify:MaxOrdersPageSize"] = "25";
            await using var a = await HubProcess.StartAsync("hub A", database, folder.Path, node);
            await using var b = await HubProcess.StartAsync("hub B", database, folder.Path, node);
            var storeId = await a.Admin.ConnectSandboxStoreAsync(sandbox, "Recovered store");

            var runId = await a.Admin.StartSyncAsync(storeId, "orders");
            var running = await WaitForPagesAsync(a.Admin, runId);
            var (doomed, survivor) = a.Output.Contains($"(run {runId}", StringComparison.Ordinal) ? (a, b) : (b, a);
            Assert.Equal("Running", running.GetProperty("status").GetString());
            await doomed.KillAsync();

            await survivor.WaitForOutputAsync($"Recovering sync Orders of store {storeId} (run {runId})", Deadline);
            var finished = await survivor.Admin.WaitForRunAsync(runId);
            var (orders, _) = await survivor.Erp.ReadFeedAsync("orders", storeId, limit: 500);

            Assert.True(finished.GetProperty("status").GetString() == "Succeeded", $"{finished}\n{survivor.Output}");
            Assert.Equal(Orders, orders.Count);
            Assert.True(Enumerable.Range(0, Orders).Select(ShopifySandboxData.OrderId).ToHashSet()
                .SetEquals(orders.Select(o => o.GetProperty("marketplaceOrderId").GetString()!)));
        }
        finally
        {
            await database.DropAsync();
        }
    }

    /// <summary>Runs started, as each hub's log says (a run is started once by whichever node fires it).</summary>
    private static int Started(string output) => RunStarted().Count(output);

    [GeneratedRegex(@"Sync \w+ of store [0-9a-f-]+ started \(run")]
    private static partial Regex RunStarted();

    private static async Task<List<JsonElement>> WaitForFinishedRunsAsync(HttpClient admin, int count)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (true)
        {
            var runs = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/sync-runs?limit=200", deadline.Token)).EnumerateArray().ToList();
            if (runs.Count >= count && runs.All(r => r.GetProperty("finishedAt").ValueKind != JsonValueKind.Null))
            {
                return runs;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }

    private static async Task<JsonElement> WaitForPagesAsync(HttpClient admin, Guid runId)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (true)
        {
            var run = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs/{runId}", deadline.Token);
            if (run.GetProperty("pages").GetInt32() > 0 || run.GetProperty("status").GetString() is not ("Queued" or "Running"))
            {
                return run;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }
}
