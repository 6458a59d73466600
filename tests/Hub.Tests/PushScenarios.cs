using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Scheduler.Outbox;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests;

/// <summary>
/// The push path end to end: API -> outbox (same transaction) -> delivery job -> connector -> sandbox -> next sync,
/// on whichever database the fixture runs. The provider test classes call each scenario from their own [Fact]s.
/// </summary>
public abstract class PushScenarios(HubFixture hub)
{
    /// <summary>An order the hub holds as not yet shipped (ready or pending), with its lines.</summary>
    private static JsonElement Unshipped(List<JsonElement> orders, int skip = 0) =>
        orders.Where(o => o.GetProperty("status").GetString() is "ReadyToShip" or "Pending").Skip(skip).First();

    private async Task<(Guid StoreId, List<JsonElement> Orders, string Next)> ConnectAndSyncAsync(ShopifySandbox sandbox, string name)
    {
        var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, name);
        await hub.Admin.SyncAsync(storeId, "orders");
        var (orders, next) = await hub.Erp.ReadFeedAsync("orders", storeId);
        return (storeId, orders, next);
    }

    protected async Task A_confirmed_shipment_shows_as_shipped_after_the_next_sync()
    {
        using var sandbox = Sandboxes.Shopify(orders: 30, seed: 41);
        var (storeId, orders, next) = await ConnectAndSyncAsync(sandbox, "Shipping store");
        var order = Unshipped(orders);

        var response = await hub.Admin.PostShipmentAsync(order.GetProperty("id").GetGuid(), CommandClientExtensions.FullShipment(order, "JD014600006281230704"));
        var command = await hub.Admin.WaitForCommandAsync(await response.CommandIdAsync());

        Assert.True(command.GetProperty("status").GetString() == "Confirmed", command.ToString());
        var fulfillment = Assert.Single(sandbox.Data.Ledger.Fulfillments);
        Assert.Equal(fulfillment.Id, command.GetProperty("marketplaceReference").GetString());
        Assert.Equal(("DHL Express", "JD014600006281230704"), (fulfillment.Company, fulfillment.Number));
        Assert.Equal(order.GetProperty("id").GetGuid(), command.GetProperty("orderId").GetGuid());
        Assert.Equal(1, command.GetProperty("attempts").GetInt32());

        await hub.Admin.SyncAsync(storeId, "orders");
        var (changed, _) = await hub.Erp.ReadFeedAsync("orders", storeId, next);
        var shipped = Assert.Single(changed, o => o.GetProperty("id").GetGuid() == order.GetProperty("id").GetGuid());
        Assert.Equal("Shipped", shipped.GetProperty("status").GetString());
    }

    protected async Task A_replayed_idempotency_key_returns_the_same_command_and_shopify_gets_one_fulfillment()
    {
        using var sandbox = Sandboxes.Shopify(orders: 30, seed: 42);
        var (_, orders, _) = await ConnectAndSyncAsync(sandbox, "Replay store");
        var order = Unshipped(orders);
        var orderId = order.GetProperty("id").GetGuid();
        var body = CommandClientExtensions.FullShipment(order, "REPLAY-1");

        var first = await (await hub.Admin.PostShipmentAsync(orderId, body, "shipment-42")).CommandIdAsync();
        var again = await (await hub.Admin.PostShipmentAsync(orderId, body, "shipment-42")).CommandIdAsync();
        var otherBody = await hub.Admin.PostShipmentAsync(orderId, CommandClientExtensions.FullShipment(order, "REPLAY-2"), "shipment-42");
        var command = await hub.Admin.WaitForCommandAsync(first);
        var afterDelivery = await (await hub.Admin.PostShipmentAsync(orderId, body, "shipment-42")).CommandIdAsync();

        Assert.Equal(first, again);
        Assert.Equal(first, afterDelivery);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBody.StatusCode);
        Assert.Equal("application/problem+json", otherBody.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Confirmed", command.GetProperty("status").GetString());
        Assert.Single(sandbox.Data.Ledger.Fulfillments);
        Assert.Equal(1, sandbox.Requests.Count(r => r.RootFields == "fulfillmentCreate"));
    }

    protected async Task Transient_faults_are_retried_and_the_shipment_is_delivered_once()
    {
        var faults = new Dictionary<int, SandboxFault>();
        using var sandbox = ShopifySandbox.Start(Sandboxes.Shopify(orders: 30, seed: 43).Options with
        {
            Faults = new ShopifyFaultPlan { OnRequest = faults, TimeoutDelay = TimeSpan.FromMilliseconds(1500) },
            ShopDomain = "faulty-push.myshopify.com",
        });
        var (_, orders, _) = await ConnectAndSyncAsync(sandbox, "Faulty push store");
        var order = Unshipped(orders);

        // Next: the fulfillment orders read fails once (retried in the pipeline), then fulfillmentCreate is applied
        // but its answer comes too late; the outbox tries again later and finds the fulfillment already there.
        var next = sandbox.RequestCount;
        faults[next + 1] = SandboxFault.ServiceUnavailable;
        faults[next + 3] = SandboxFault.Timeout;
        var response = await hub.Admin.PostShipmentAsync(order.GetProperty("id").GetGuid(), CommandClientExtensions.FullShipment(order, "FAULTY-1"));
        var command = await hub.Admin.WaitForCommandAsync(await response.CommandIdAsync());

        Assert.True(command.GetProperty("status").GetString() == "Confirmed", command.ToString());
        Assert.Equal(2, command.GetProperty("attempts").GetInt32());
        var fulfillment = Assert.Single(sandbox.Data.Ledger.Fulfillments);
        Assert.Equal(fulfillment.Id, command.GetProperty("marketplaceReference").GetString());
    }

    protected async Task A_rejected_shipment_fails_with_shopifys_message_and_is_not_retried()
    {
        using var sandbox = Sandboxes.Shopify(orders: 30, seed: 44);
        var (_, orders, _) = await ConnectAndSyncAsync(sandbox, "Rejecting store");
        var order = Unshipped(orders);
        var orderId = order.GetProperty("id").GetGuid();
        await hub.Admin.WaitForCommandAsync(await (await hub.Admin.PostShipmentAsync(orderId, CommandClientExtensions.FullShipment(order, "FIRST"))).CommandIdAsync());

        // Everything was shipped: Shopify refuses a second parcel of the same units.
        var response = await hub.Admin.PostShipmentAsync(orderId, CommandClientExtensions.FullShipment(order, "SECOND"));
        var command = await hub.Admin.WaitForCommandAsync(await response.CommandIdAsync());

        Assert.Equal("Failed", command.GetProperty("status").GetString());
        Assert.Equal(1, command.GetProperty("attempts").GetInt32());
        Assert.Contains("Rejected", command.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("has an unfulfillable status= closed.", command.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Single(sandbox.Data.Ledger.Fulfillments);
    }

    protected async Task Bad_shipment_and_stock_requests_are_refused_naming_the_field()
    {
        using var sandbox = Sandboxes.Shopify(orders: 5, seed: 45);
        var (storeId, orders, _) = await ConnectAndSyncAsync(sandbox, "Validating store");
        var order = orders[0];
        var orderId = order.GetProperty("id").GetGuid();

        var noTracking = await hub.Admin.PostShipmentAsync(orderId, new { carrier = "UPS", lines = new[] { new { sku = "x", quantity = 1 } } });
        var unknownSku = await hub.Admin.PostShipmentAsync(orderId, new { carrier = "UPS", trackingNumber = "1", lines = new[] { new { sku = "NOT-A-SKU", quantity = 1 } } });
        var unknownOrder = await hub.Admin.PostShipmentAsync(Guid.NewGuid(), CommandClientExtensions.FullShipment(order, "X"));
        var twoStores = await hub.Admin.PostAsJsonAsync("/api/v1/inventory/updates", new
        {
            updates = new object[] { new { storeId, sku = "A", quantity = 1 }, new { storeId = Guid.NewGuid(), sku = "B", quantity = 1 } },
        });
        var byErp = await hub.Erp.PostShipmentAsync(orderId, CommandClientExtensions.FullShipment(order, "X"));

        Assert.Equal(HttpStatusCode.BadRequest, noTracking.StatusCode);
        Assert.Contains("trackingNumber", await noTracking.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("lines[0].sku", await unknownSku.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownOrder.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twoStores.StatusCode);
        Assert.Contains("updates[1].storeId", await twoStores.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byErp.StatusCode);
    }

    protected async Task A_stock_update_sets_the_level_and_the_next_incremental_inventory_sync_delivers_only_it()
    {
        using var sandbox = Sandboxes.Shopify(orders: 1, seed: 46);
        var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, "Stock store");
        var sku = ShopifySandboxData.Sku(4, 0);
        var location = ShopifySandboxData.LocationId(1);
        await hub.Admin.SyncAsync(storeId, "inventory");
        var (_, next) = await hub.Erp.ReadFeedAsync("inventory", storeId);

        var response = await hub.Admin.PostAsJsonAsync("/api/v1/inventory/updates", new { updates = new[] { new { storeId, sku, locationId = location, quantity = 777 } } });
        var command = await hub.Admin.WaitForCommandAsync(await response.CommandIdAsync());

        Assert.True(command.GetProperty("status").GetString() == "Confirmed", command.ToString());
        Assert.Equal("SetStock", command.GetProperty("kind").GetString());
        var set = Assert.Single(sandbox.Data.Ledger.StockSets);
        Assert.Equal((777, (int?)set.Before), (set.After, set.ChangeFromQuantity));
        await hub.Admin.SyncAsync(storeId, "inventory");
        var (changed, _) = await hub.Erp.ReadFeedAsync("inventory", storeId, next);
        var level = Assert.Single(changed);
        Assert.Equal((sku, location, 777), (level.GetProperty("sku").GetString(), level.GetProperty("locationId").GetString(), level.GetProperty("available").GetInt32()));
    }

    protected async Task A_refused_token_fails_a_stock_command_at_once_with_the_reason()
    {
        using var sandbox = Sandboxes.Shopify(orders: 1, seed: 48);
        var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, "Revoked store", accessToken: "shpat_revoked");

        var response = await hub.Admin.PostAsJsonAsync("/api/v1/inventory/updates", new { updates = new[] { new { storeId, sku = ShopifySandboxData.Sku(0, 0), locationId = ShopifySandboxData.LocationId(0), quantity = 1 } } });
        var command = await hub.Admin.WaitForCommandAsync(await response.CommandIdAsync());

        Assert.Equal(("Failed", 1), (command.GetProperty("status").GetString(), command.GetProperty("attempts").GetInt32()));
        Assert.StartsWith("AuthorizationRefused", command.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("refused the access token (HTTP 401)", command.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(sandbox.Data.Ledger.StockSets);
        var store = await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{storeId}");
        Assert.Equal("NeedsReauthorization", store.GetProperty("status").GetString());
    }

    /// <summary>
    /// A hub claims a command, sends it and dies before storing the answer. The next hub reclaims it once the lease has
    /// run out, and the connector finds the fulfillment already made: Shopify still holds exactly one.
    /// </summary>
    protected static async Task A_command_left_sending_by_a_dead_hub_is_resumed_after_its_lease_without_a_duplicate(DatabaseUnderTest database, string folder)
    {
        using var sandbox = Sandboxes.Shopify(orders: 20, seed: 47);
        Guid commandId;
        await using (var dying = new HubFactory(database, folder))
        {
            await using var noDelivery = dying.WithWebHostBuilder(b => b.UseSetting("Outbox:DeliveryEnabled", "false"));
            var admin = noDelivery.CreateClient();
            admin.DefaultRequestHeaders.Add("X-Api-Key", HubFactory.AdminKey);
            var storeId = await admin.ConnectSandboxStoreAsync(sandbox, "Resumed store");
            await admin.SyncAsync(storeId, "orders");
            var (orders, _) = await admin.ReadFeedAsync("orders", storeId);
            var order = Unshipped(orders);
            commandId = await (await admin.PostShipmentAsync(order.GetProperty("id").GetGuid(), CommandClientExtensions.FullShipment(order, "RESUMED-1"))).CommandIdAsync();

            var services = noDelivery.Services;
            var claimed = await services.GetRequiredService<ICommandOutbox>().ClaimAsync(commandId, Guid.NewGuid(), services.GetRequiredService<TimeProvider>().GetUtcNow(), TimeSpan.FromSeconds(2), CancellationToken.None);
            Assert.NotNull(claimed);
            var account = await services.GetRequiredService<IStoreAccountSource>().FindAsync(storeId, CancellationToken.None);
            var connector = services.GetRequiredService<IConnectorRegistry>().Find(account!.Marketplace)!;
            await connector.ConfirmShipmentAsync(account, CommandPayloads.ReadShipment(claimed.Payload), commandId, CancellationToken.None);
            var left = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/commands/{commandId}");
            Assert.Equal("Sending", left.GetProperty("status").GetString());
        }

        await using var next = new HubFactory(database, folder);
        var command = await next.CreateClient(HubFactory.AdminKey).WaitForCommandAsync(commandId);

        Assert.True(command.GetProperty("status").GetString() == "Confirmed", command.ToString());
        Assert.Equal(2, command.GetProperty("attempts").GetInt32());
        var fulfillment = Assert.Single(sandbox.Data.Ledger.Fulfillments);
        Assert.Equal(fulfillment.Id, command.GetProperty("marketplaceReference").GetString());
        Assert.Equal(1, sandbox.Requests.Count(r => r.RootFields == "fulfillmentCreate"));
    }
}
