using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract;

public abstract partial class ConnectorContract<TAdapter>
{
    private const int FaultOrders = 300;
    private const int MidwayOrders = 900;

    [Theory]
    [ContractData(ContractDatabase.Sqlite, EachFault = true)]
    [ContractData(ContractDatabase.PostgreSql, EachFault = true)]
    public async Task Every_order_reaches_the_erp_feed_exactly_once_under_each_fault_kind(string database, SandboxFault fault)
    {
        var hub = await HubAsync(database);
        // The first call fails twice in a row and a later one once: retried within the run, never given up.
        using var sandbox = Adapter.Start(new ContractPlan(FaultOrders, SeedFor(nameof(Every_order_reaches_the_erp_feed_exactly_once_under_each_fault_kind), database, (int)fault))
        {
            Faults = new Dictionary<int, SandboxFault> { [1] = fault, [2] = fault, [4] = fault },
        });
        var storeId = await ConnectAsync(hub, sandbox, $"Contract {fault} store");

        var run = await hub.Admin.SyncAsync(storeId, "orders");
        var ids = await OrderIdsInFeedAsync(hub, storeId);

        Assert.Equal(3, sandbox.FaultsServed.Count(f => f == fault));
        AssertEachOnce(sandbox.OrderIds, ids);
        Assert.Equal(FaultOrders, run.GetProperty("upserted").GetInt32());
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task A_sync_that_fails_midway_resumes_from_its_checkpoint_and_ends_with_every_order_once(string database)
    {
        var hub = await HubAsync(database);
        using var sandbox = Adapter.Start(new ContractPlan(MidwayOrders, SeedFor(nameof(A_sync_that_fails_midway_resumes_from_its_checkpoint_and_ends_with_every_order_once), database)));
        var storeId = await ConnectAsync(hub, sandbox, "Contract midway store");
        // Down after two answered requests, for longer than any retry policy waits.
        sandbox.GoDown(SandboxFault.ServiceUnavailable, fromRequest: 3);

        var failed = await hub.Admin.WaitForRunAsync(await hub.Admin.StartSyncAsync(storeId, "orders"));
        var landedBefore = (await OrderIdsInFeedAsync(hub, storeId)).Count;
        sandbox.Recover();
        var resumed = await hub.Admin.SyncAsync(storeId, "orders");
        var ids = await OrderIdsInFeedAsync(hub, storeId);

        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        Assert.InRange(landedBefore, 1, MidwayOrders - 1);
        AssertEachOnce(sandbox.OrderIds, ids);
        // Resumed, not restarted: the second run upserts what the first did not land (plus the checkpoint's overlap).
        Assert.True(resumed.GetProperty("upserted").GetInt32() < MidwayOrders, resumed.ToString());
        Assert.True(resumed.GetProperty("upserted").GetInt32() >= MidwayOrders - landedBefore, resumed.ToString());
    }
}
