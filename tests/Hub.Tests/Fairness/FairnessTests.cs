using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Fairness;

public sealed class FairnessTests
{
    private static readonly string[] Entities = ["orders", "catalog", "inventory"];

    [Fact]
    public async Task Stores_whose_host_never_answers_hold_one_worker_each_until_their_deadline_and_a_healthy_store_still_syncs()
    {
        using var folder = new TempFolder();
        using var silent = SilentHost.Start();
        using var sandbox = Sandboxes.Shopify(orders: 20, seed: 71);
        await using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, new Dictionary<string, string?>
        {
            ["Sync:MaxRunsPerStore"] = "1",
            ["Sync:RunDeadline"] = "00:00:03",
            ["Connectors:Shopify:AttemptTimeout"] = "00:05:00",
        });
        var admin = factory.CreateClient(HubFactory.AdminKey);
        var hung = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            hung.Add(await admin.ConnectShopifyAsync($"Silent {i}", silent.Url));
        }

        // Twelve runs that would hang for five minutes each, against ten workers.
        foreach (var store in hung)
        {
            foreach (var entity in Entities)
            {
                await admin.StartSyncAsync(store, entity);
            }
        }

        var healthy = await admin.ConnectSandboxStoreAsync(sandbox, "Healthy");
        var run = await admin.SyncAsync(healthy, "orders");
        var startedAt = run.GetProperty("startedAt").GetDateTimeOffset();

        var firstHungEnd = (await Task.WhenAll(hung.Select(admin.RunsAsync))).SelectMany(r => r)
            .Select(r => r.GetProperty("finishedAt")).Where(f => f.ValueKind != JsonValueKind.Null).Select(f => f.GetDateTimeOffset())
            .DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        Assert.True(startedAt < firstHungEnd, $"The healthy store's run started at {startedAt:O}, after a hung run freed a worker at {firstHungEnd:O}.");
        Assert.Equal(20, run.GetProperty("upserted").GetInt32());

        foreach (var store in hung)
        {
            await FairnessClient.WaitUntilAsync(async () => (await admin.RunsAsync(store)).All(r => r.GetProperty("status").GetString() == "Failed"));
            var runs = (await admin.RunsAsync(store)).OrderBy(r => r.GetProperty("startedAt").GetDateTimeOffset()).ToList();
            Assert.Equal(3, runs.Count);
            Assert.All(runs, r => Assert.StartsWith("Deadline:", r.GetProperty("error").GetString(), StringComparison.Ordinal));
            for (var i = 1; i < runs.Count; i++)
            {
                // One worker per store: each run of the store started after the one before it ended.
                Assert.True(runs[i - 1].GetProperty("finishedAt").GetDateTimeOffset() <= runs[i].GetProperty("startedAt").GetDateTimeOffset());
            }
        }
    }

    [Fact]
    public async Task Readiness_turns_degraded_while_runs_wait_too_long_for_a_worker_and_healthy_again_after()
    {
        using var folder = new TempFolder();
        using var silent = SilentHost.Start();
        await using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, new Dictionary<string, string?>
        {
            ["Sync:MaxRunsPerStore"] = "1",
            ["Sync:RunDeadline"] = "00:00:04",
            ["Sync:MaxQueueLag"] = "00:00:01",
            ["Sync:QueueLagWindow"] = "00:00:02",
            ["Connectors:Shopify:AttemptTimeout"] = "00:05:00",
        });
        var admin = factory.CreateClient(HubFactory.AdminKey);
        var anonymous = factory.CreateClient();
        Assert.Equal("Healthy", (await anonymous.ReadinessAsync()).GetProperty("status").GetString());

        var store = await admin.ConnectShopifyAsync("Silent", silent.Url);
        await admin.StartSyncAsync(store, "orders");
        await admin.StartSyncAsync(store, "catalog");

        JsonElement degraded = default;
        await FairnessClient.WaitUntilAsync(async () => (degraded = await anonymous.ReadinessAsync()).GetProperty("status").GetString() == "Degraded");
        var scheduler = degraded.GetProperty("checks").GetProperty("scheduler");
        Assert.True(scheduler.GetProperty("data").GetProperty("queueLagSeconds").GetDouble() > 1);

        await FairnessClient.WaitUntilAsync(async () => (await admin.RunsAsync(store)).All(r => r.GetProperty("status").GetString() == "Failed"));
        await FairnessClient.WaitUntilAsync(async () => (await anonymous.ReadinessAsync()).GetProperty("status").GetString() == "Healthy");
    }
}
