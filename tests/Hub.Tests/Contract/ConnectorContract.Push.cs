using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>
/// Push scenarios of the contract: a command sent through the push API (POST /api/v1/orders/{id}/shipments,
/// POST /api/v1/inventory/updates, each with an Idempotency-Key) meets a fault on its way and still reaches the
/// marketplace exactly once, ends Confirmed with the marketplace's answer, and the next sync shows its effect.
/// </summary>
public abstract partial class ConnectorContract<TAdapter>
{
    private const int PushOrders = 30;

    [Theory]
    [ContractData(ContractDatabase.Sqlite, EachFault = true)]
    [ContractData(ContractDatabase.PostgreSql, EachFault = true)]
    public async Task A_shipment_is_delivered_once_and_confirmed_under_each_fault_kind(string database, SandboxFault fault)
    {
        var hub = await HubAsync(database);
        using var sandbox = Adapter.Start(new ContractPlan(PushOrders, SeedFor(nameof(A_shipment_is_delivered_once_and_confirmed_under_each_fault_kind), database, (int)fault)));
        var storeId = await ConnectAsync(hub, sandbox, $"Contract {fault} shipping store");
        await hub.Admin.SyncAsync(storeId, "orders");
        var (orders, next) = await hub.Erp.ReadFeedAsync("orders", storeId);
        var order = orders.First(o => o.GetProperty("status").GetString() is "ReadyToShip" or "Pending");
        var orderId = order.GetProperty("id").GetGuid();
        var marketplaceOrderId = order.GetProperty("marketplaceOrderId").GetString()!;
        FailPush(sandbox, fault);

        var response = await hub.Admin.PostShipmentAsync(orderId, CommandClientExtensions.FullShipment(order, $"CONTRACT-{fault}"), $"contract-shipment-{storeId}");
        var command = await hub.Admin.WaitForCommandAsync(await response.CommandIdAsync());
        await hub.Admin.SyncAsync(storeId, "orders");
        var (changed, _) = await hub.Erp.ReadFeedAsync("orders", storeId, next);

        Assert.Equal(2, sandbox.FaultsServed.Count(f => f == fault));
        Assert.True(command.GetProperty("status").GetString() == "Confirmed", command.ToString());
        var shipment = Assert.Single(sandbox.ShipmentsOf(marketplaceOrderId));
        Assert.Equal(shipment, command.GetProperty("marketplaceReference").GetString());
        var shipped = Assert.Single(changed, o => o.GetProperty("id").GetGuid() == orderId);
        Assert.Equal("Shipped", shipped.GetProperty("status").GetString());
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite, EachFault = true)]
    [ContractData(ContractDatabase.PostgreSql, EachFault = true)]
    public async Task A_stock_level_is_set_once_and_confirmed_under_each_fault_kind(string database, SandboxFault fault)
    {
        var hub = await HubAsync(database);
        using var sandbox = Adapter.Start(new ContractPlan(1, SeedFor(nameof(A_stock_level_is_set_once_and_confirmed_under_each_fault_kind), database, (int)fault)));
        var storeId = await ConnectAsync(hub, sandbox, $"Contract {fault} stock store");
        if (!Adapter.SetsStock)
        {
            await AssertStockUpdatesRefusedAsync(hub, storeId);
            return;
        }

        await hub.Admin.SyncAsync(storeId, "inventory");
        var (levels, next) = await hub.Erp.ReadFeedAsync("inventory", storeId);
        var level = levels[levels.Count / 2];
        var (sku, location, before) = (level.GetProperty("sku").GetString()!, level.GetProperty("locationId").GetString()!, level.GetProperty("available").GetInt32());
        var target = before + 7;
        FailPush(sandbox, fault);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/inventory/updates", UriKind.Relative))
        {
            Content = JsonContent.Create(new { updates = new[] { new { storeId, sku, locationId = location, quantity = target } } }),
        };
        request.Headers.Add("Idempotency-Key", $"contract-stock-{storeId}");
        var command = await hub.Admin.WaitForCommandAsync(await (await hub.Admin.SendAsync(request)).CommandIdAsync());
        await hub.Admin.SyncAsync(storeId, "inventory");
        var (changed, _) = await hub.Erp.ReadFeedAsync("inventory", storeId, next);

        Assert.Equal(2, sandbox.FaultsServed.Count(f => f == fault));
        Assert.True(command.GetProperty("status").GetString() == "Confirmed", command.ToString());
        Assert.False(string.IsNullOrWhiteSpace(command.GetProperty("marketplaceReference").GetString()), command.ToString());
        // A retry after an answer was lost may set the level again to the same value; it must never move it twice.
        var sets = sandbox.StockSetsOf(sku, location);
        Assert.Equal((before, target), Assert.Single(sets, s => s.Before != s.After));
        Assert.All(sets, s => Assert.Equal(target, s.After));
        var delivered = Assert.Single(changed, l => l.GetProperty("sku").GetString() == sku && l.GetProperty("locationId").GetString() == location);
        Assert.Equal(target, delivered.GetProperty("available").GetInt32());
    }

    private static async Task AssertStockUpdatesRefusedAsync(HubFixture hub, Guid storeId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/inventory/updates", UriKind.Relative))
        {
            Content = JsonContent.Create(new { updates = new[] { new { storeId, sku = "ANY-SKU", locationId = (string?)null, quantity = 1 } } }),
        };
        request.Headers.Add("Idempotency-Key", $"contract-stock-{storeId}");
        var response = await hub.Admin.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    /// <summary>
    /// The push's first request fails, and so does the one after next: for a connector that reads before it writes,
    /// the read and, once the read is retried, the write. Faults that may leave the write applied (a timeout, a cut
    /// answer) are the ones that test "exactly once".
    /// </summary>
    private static void FailPush(IContractSandbox sandbox, SandboxFault fault)
    {
        var next = sandbox.RequestCount;
        sandbox.FailRequest(next + 1, fault);
        sandbox.FailRequest(next + 3, fault);
    }
}
