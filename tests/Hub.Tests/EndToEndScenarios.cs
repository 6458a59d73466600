using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests;

/// <summary>
/// Sandbox -> connector -> mapping -> scheduler -> database -> ERP API, on whichever database the fixture runs.
/// The provider test classes call each scenario from their own [Fact]s.
/// </summary>
public abstract class EndToEndScenarios(HubFixture hub)
{
    protected async Task Orders_reach_the_erp_feed_exactly_once()
    {
        using var sandbox = Sandboxes.Shopify(orders: 640, seed: 11);
        var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, "Feed store");

        var run = await hub.Admin.SyncAsync(storeId, "orders");
        var (orders, _) = await hub.Erp.ReadFeedAsync("orders", storeId);

        var expected = Enumerable.Range(0, 640).Select(ShopifySandboxData.OrderId).ToHashSet();
        var ids = orders.Select(o => o.GetProperty("marketplaceOrderId").GetString()!).ToList();
        Assert.Equal(640, ids.Count);
        Assert.True(expected.SetEquals(ids));
        Assert.Equal(640, run.GetProperty("upserted").GetInt32());
        Assert.True(run.GetProperty("pages").GetInt32() > 1);
        var first = orders[0];
        Assert.Equal(storeId, first.GetProperty("storeId").GetGuid());
        Assert.NotEmpty(first.GetProperty("lines").EnumerateArray());
        Assert.Equal(3, first.GetProperty("currency").GetString()!.Length);

        var one = await hub.Erp.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{first.GetProperty("id").GetGuid()}");
        Assert.Equal(first.GetProperty("marketplaceOrderId").GetString(), one.GetProperty("marketplaceOrderId").GetString());
    }

    protected async Task Faults_end_with_every_order_once_and_bad_records_quarantined()
    {
        var faults = new ShopifyFaultPlan
        {
            OnRequest = new Dictionary<int, SandboxFault>
            {
                // One fault every other request: each is retried, none exhausts the retries.
                [1] = SandboxFault.TooManyRequests,
                [3] = SandboxFault.ServiceUnavailable,
                [5] = SandboxFault.MalformedJson,
                [7] = SandboxFault.TruncatedBody,
                [9] = SandboxFault.InternalServerError,
                [11] = SandboxFault.Timeout,
                [13] = SandboxFault.BadGateway,
            },
            TimeoutDelay = TimeSpan.FromSeconds(3),
            OrderRecords = new Dictionary<int, ShopifySandboxRecordFault>
            {
                [5] = ShopifySandboxRecordFault.BadAmount,
                [17] = ShopifySandboxRecordFault.UnknownCurrency,
                [33] = ShopifySandboxRecordFault.MissingId,
                [50] = ShopifySandboxRecordFault.UnknownCountry,
                [70] = ShopifySandboxRecordFault.UnknownEnumValue,
            },
        };
        using var sandbox = Sandboxes.Shopify(orders: 300, seed: 12, faults);
        var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, "Faulty store");

        var run = await hub.Admin.SyncAsync(storeId, "orders");
        var (orders, _) = await hub.Erp.ReadFeedAsync("orders", storeId);

        var quarantinedIndexes = new[] { 5, 17, 33, 50 };
        var expected = Enumerable.Range(0, 300).Except(quarantinedIndexes).Select(ShopifySandboxData.OrderId).ToHashSet();
        var ids = orders.Select(o => o.GetProperty("marketplaceOrderId").GetString()!).ToList();
        Assert.Equal(expected.Count, ids.Count);
        Assert.True(expected.SetEquals(ids));
        Assert.Equal(4, run.GetProperty("quarantined").GetInt32());
        Assert.True(run.GetProperty("unknownValues").GetInt32() >= 1);
        // The first answer is a 429 asking for one second: waiting it out is time spent on the rate budget.
        Assert.True(run.GetProperty("throttleWaitSeconds").GetDouble() >= 1);
        // The order with a financial status Shopify may add later lands, keeps the marketplace's words, and is reported.
        var unknown = orders.Single(o => o.GetProperty("marketplaceOrderId").GetString() == ShopifySandboxData.OrderId(70));
        Assert.Contains("PARTIALLY_AUTHORIZED_LATER", unknown.GetProperty("marketplaceStatus").GetString(), StringComparison.Ordinal);

        var quarantine = await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/quarantine?storeId={storeId}");
        var entries = quarantine.EnumerateArray().ToList();
        Assert.Equal(4, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("reason").GetString()));
            using var raw = JsonDocument.Parse(e.GetProperty("rawPayload").GetString()!);
            Assert.Equal(JsonValueKind.Object, raw.RootElement.ValueKind);
        });
    }

    protected async Task A_second_sync_delivers_only_what_changed()
    {
        using var sandbox = Sandboxes.Shopify(orders: 200, seed: 13);
        var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, "Incremental store");
        await hub.Admin.SyncAsync(storeId, "orders");
        var (_, next) = await hub.Erp.ReadFeedAsync("orders", storeId);

        sandbox.Data.TouchOrder(42, sandbox.Data.OrderCreatedAt(199) + TimeSpan.FromHours(1));
        var second = await hub.Admin.SyncAsync(storeId, "orders");
        var (changes, _) = await hub.Erp.ReadFeedAsync("orders", storeId, after: next);

        var changed = Assert.Single(changes);
        Assert.Equal(ShopifySandboxData.OrderId(42), changed.GetProperty("marketplaceOrderId").GetString());
        Assert.Equal(1, second.GetProperty("upserted").GetInt32());
    }

    protected async Task Catalog_and_inventory_reach_their_feeds()
    {
        using var sandbox = Sandboxes.Shopify(orders: 10, seed: 14);
        var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, "Catalog store");

        await hub.Admin.SyncAsync(storeId, "catalog");
        await hub.Admin.SyncAsync(storeId, "inventory");
        var (products, _) = await hub.Erp.ReadFeedAsync("products", storeId);
        var (levels, _) = await hub.Erp.ReadFeedAsync("inventory", storeId);

        Assert.True(sandbox.Data.ProductIds().ToHashSet().SetEquals(products.Select(p => p.GetProperty("marketplaceProductId").GetString()!)));
        var expectedLevels = sandbox.Data.InventoryKeys().Select(k => $"{k.Sku}@{k.LocationId}").ToHashSet();
        var actualLevels = levels.Select(l => $"{l.GetProperty("sku").GetString()}@{l.GetProperty("locationId").GetString()}").ToList();
        Assert.Equal(expectedLevels.Count, actualLevels.Count);
        Assert.True(expectedLevels.SetEquals(actualLevels));
    }

    protected async Task Two_syncs_of_the_same_store_and_entity_never_overlap()
    {
        using var sandbox = Sandboxes.Shopify(orders: 400, seed: 15);
        var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, "Overlap store");

        var firstId = await hub.Admin.StartSyncAsync(storeId, "orders");

        // A request while the first still waits would join it; one after it started queues a run of its own.
        await hub.Admin.WaitForRunToLeaveQueueAsync(firstId);
        var secondId = await hub.Admin.StartSyncAsync(storeId, "orders");
        Assert.NotEqual(firstId, secondId);
        var first = await hub.Admin.WaitForRunAsync(firstId);
        var second = await hub.Admin.WaitForRunAsync(secondId);

        var runs = new[] { first, second }.OrderBy(r => r.GetProperty("startedAt").GetDateTimeOffset()).ToArray();
        Assert.All(runs, r => Assert.Equal("Succeeded", r.GetProperty("status").GetString()));
        Assert.True(runs[0].GetProperty("finishedAt").GetDateTimeOffset() <= runs[1].GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(400, runs[0].GetProperty("upserted").GetInt32() + runs[1].GetProperty("upserted").GetInt32());
    }
}
