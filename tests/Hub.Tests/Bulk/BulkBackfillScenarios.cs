using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Bulk;

/// <summary>A new store's first sync through Shopify's bulk channel, end to end, on whichever database the fixture runs.</summary>
public abstract class BulkBackfillScenarios(HubFixture hub)
{
    protected async Task A_new_stores_first_orders_sync_goes_through_a_bulk_operation_and_feeds_every_order_once()
    {
        var faults = new ShopifyFaultPlan { OrderRecords = new Dictionary<int, ShopifySandboxRecordFault> { [5] = ShopifySandboxRecordFault.BadAmount } };
        using var sandbox = Sandboxes.Shopify(orders: 350, seed: 31, faults: faults);
        var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, "Bulk store");

        var run = await hub.Admin.SyncAsync(storeId, "orders");
        var (orders, next) = await hub.Erp.ReadFeedAsync("orders", storeId);

        var expected = Enumerable.Range(0, 350).Where(i => i != 5).Select(ShopifySandboxData.OrderId).Order().ToList();
        Assert.Equal(expected, orders.Select(o => o.GetProperty("marketplaceOrderId").GetString()!).Order());
        Assert.All(orders, o => Assert.NotEmpty(o.GetProperty("lines").EnumerateArray()));
        Assert.Equal(349, run.GetProperty("upserted").GetInt32());
        Assert.True(run.GetProperty("pages").GetInt32() > 1);
        // Exactly one operation's result was read (a mutation whose answer timed out may have been sent twice).
        var operations = sandbox.BulkOperations;
        Assert.All(operations, o => Assert.Equal("orders", o.Root));
        Assert.Equal(1, operations.Sum(o => o.Downloads));
        Assert.DoesNotContain(sandbox.Requests, r => r.RootFields is "orders" or "order");
        Assert.Equal(0, sandbox.BulkDownloadsWithToken);

        // The next sync pages from the bulk snapshot's watermark: only the order changed since reaches the feed.
        var clock = (Microsoft.Extensions.Time.Testing.FakeTimeProvider)sandbox.Options.TimeProvider;
        clock.Advance(TimeSpan.FromMinutes(1));
        sandbox.Data.TouchOrder(3, clock.GetUtcNow());
        await hub.Admin.SyncAsync(storeId, "orders");
        var (changed, _) = await hub.Erp.ReadFeedAsync("orders", storeId, next);

        Assert.Equal(ShopifySandboxData.OrderId(3), Assert.Single(changed).GetProperty("marketplaceOrderId").GetString());
        Assert.Contains(sandbox.Requests, r => r.RootFields == "orders");
        Assert.Equal(operations.Count, sandbox.BulkOperations.Count);
    }
}
