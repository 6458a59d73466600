using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Fairness;

public sealed class FairnessTests
{
    private static readonly string[] Entities = ["orders", "catalog", "inventory"];

    [Fact]
    public async Task Stores_whose_host_never_answers_hold_one_worker_each_and_a_healthy_store_still_syncs()
    {
        using var folder = new TempFolder();
        using var silent = SilentHost.Start();
        using var sandbox = Sandboxes.Shopify(orders: 20, seed: 71);
        await using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, new Dictionary<string, string?>
        {
            ["Sync:MaxRunsPerStore"] = "1",
            ["Connectors:Shopify:AttemptTimeout"] = "00:05:00",
        });
        var admin = factory.CreateClient(HubFactory.AdminKey);
        var hung = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            hung.Add(await admin.ConnectShopifyAsync($"Silent {i}", silent.Url));
        }

        // Twelve runs that hang for the run deadline (15 minutes by default), against ten workers.
        foreach (var store in hung)
        {
            foreach (var entity in Entities)
            {
                await admin.StartSyncAsync(store, entity);
            }
        }

        var healthy = await admin.ConnectSandboxStoreAsync(sandbox, "Healthy");
        var run = await admin.SyncAsync(healthy, "orders");

        Assert.Equal(20, run.GetProperty("upserted").GetInt32());
        foreach (var store in hung)
        {
            // One worker per store: the store's other runs wait in the queue without holding one.
            var statuses = (await admin.RunsAsync(store)).Select(r => r.GetProperty("status").GetString()).Order().ToList();
            Assert.Equal(["Queued", "Queued", "Running"], statuses);
        }
    }

    [Fact]
    public async Task A_run_against_a_host_that_never_answers_fails_at_its_deadline_and_frees_its_worker()
    {
        using var folder = new TempFolder();
        using var silent = SilentHost.Start();
        await using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, new Dictionary<string, string?>
        {
            ["Sync:MaxRunsPerStore"] = "1",
            ["Sync:RunDeadline"] = "00:00:02",
            ["Connectors:Shopify:AttemptTimeout"] = "00:05:00",
        });
        var admin = factory.CreateClient(HubFactory.AdminKey);
        var store = await admin.ConnectShopifyAsync("Silent", silent.Url);

        var orders = await admin.StartSyncAsync(store, "orders");
        var catalog = await admin.StartSyncAsync(store, "catalog");
        var first = await admin.WaitForRunAsync(orders);
        var second = await admin.WaitForRunAsync(catalog);

        foreach (var run in new[] { first, second })
        {
            Assert.Equal("Failed", run.GetProperty("status").GetString());
            Assert.StartsWith("Deadline:", run.GetProperty("error").GetString(), StringComparison.Ordinal);
            var took = run.GetProperty("finishedAt").GetDateTimeOffset() - run.GetProperty("startedAt").GetDateTimeOffset();
            // The deadline starts counting just before the run records its start, so the recorded span may fall a few
            // milliseconds short of it; what matters is that the hung run ended near its deadline, not when the host answered.
            Assert.InRange(took, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(60));
        }

        // The catalog run waited for the orders run's worker, and got it when the deadline freed it.
        Assert.True(first.GetProperty("finishedAt").GetDateTimeOffset() <= second.GetProperty("startedAt").GetDateTimeOffset());
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
