using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopify.Mapping;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.Shopify;

public sealed class ShopifyConnectorPushTests
{
    private static ShopifyTestHost Host(int seed = 21, ShopifyFaultPlan? faults = null) => new(ShopifySandbox.Start(new ShopifySandboxOptions
    {
        Seed = seed,
        OrderCount = 40,
        ProductCount = 10,
        MaxLineItemsPerOrder = 4,
        Throttle = ShopifySandboxThrottle.Off,
        Faults = faults ?? ShopifyFaultPlan.None,
    }));

    /// <summary>An order the sandbox generated unfulfilled, not cancelled, with at least two lines and a line of 2+ units.</summary>
    private static SandboxOrder OpenOrder(ShopifySandboxData data) =>
        Enumerable.Range(0, data.OrderCount)
            .Select(data.GenerateOrder)
            .First(o => !data.Closed(o)
                && o.FulfillmentStatus != ShopifyEnums.Fulfillment.PartiallyFulfilled
                && o.LineItems.Count >= 2
                && o.LineItems[0].Quantity >= 2);

    private static Shipment ShipmentOf(SandboxOrder order, IEnumerable<ShipmentLine> lines, string tracking = "1Z999AA10123456784") => new()
    {
        MarketplaceOrderId = order.Id!,
        Lines = [.. lines],
        Carrier = "UPS",
        Service = "Ground",
        TrackingNumber = tracking,
        TrackingUrl = new Uri($"https://www.ups.com/track?tracknum={tracking}"),
        ShippedAt = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero),
    };

    private static async Task<CanonicalOrder> PulledOrderAsync(ShopifyTestHost host, string id)
    {
        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));
        return pages.SelectMany(p => p.Items).Single(o => o.MarketplaceOrderId == id);
    }

    [Fact]
    public async Task A_full_shipment_creates_one_fulfillment_with_the_tracking_as_sent_and_the_order_reads_shipped()
    {
        using var host = Host();
        var order = OpenOrder(host.Sandbox.Data);
        var shipment = ShipmentOf(order, order.LineItems.Select(l => new ShipmentLine(l.Id, l.Sku, l.Quantity)));

        var result = await host.Connector.ConfirmShipmentAsync(host.Account, shipment, Guid.NewGuid(), CancellationToken.None);

        var fulfillment = Assert.Single(host.Sandbox.Data.Ledger.Fulfillments);
        Assert.Equal(fulfillment.Id, result.MarketplaceReference);
        Assert.Equal(order.Id, fulfillment.OrderId);
        Assert.Equal("UPS", fulfillment.Company);
        Assert.Equal("1Z999AA10123456784", fulfillment.Number);
        Assert.Equal("https://www.ups.com/track?tracknum=1Z999AA10123456784", fulfillment.Url);
        Assert.False(fulfillment.NotifyCustomer);
        Assert.Equal(order.LineItems.ToDictionary(l => l.Id, l => l.Quantity), fulfillment.QuantityByLineItemId);
        var pulled = await PulledOrderAsync(host, order.Id!);
        Assert.Equal(OrderStatus.Shipped, pulled.Status);
        Assert.True(pulled.UpdatedAt > order.UpdatedAt);
    }

    [Fact]
    public async Task A_partial_shipment_fulfils_only_its_units_and_the_rest_can_follow()
    {
        using var host = Host();
        var order = OpenOrder(host.Sandbox.Data);
        var first = ShipmentOf(order, [new ShipmentLine(order.LineItems[0].Id, null, 1)], "PARCEL-1");

        await host.Connector.ConfirmShipmentAsync(host.Account, first, Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(1, host.Sandbox.Data.Ledger.Fulfilled(order.Index, 0));
        Assert.Equal(0, host.Sandbox.Data.Ledger.Fulfilled(order.Index, 1));
        Assert.Equal(OrderStatus.PartiallyShipped, (await PulledOrderAsync(host, order.Id!)).Status);

        var rest = ShipmentOf(
            order,
            order.LineItems.Select((l, n) => new ShipmentLine(l.Id, l.Sku, n == 0 ? l.Quantity - 1 : l.Quantity)),
            "PARCEL-2");
        await host.Connector.ConfirmShipmentAsync(host.Account, rest, Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(2, host.Sandbox.Data.Ledger.Fulfillments.Count);
        Assert.Equal(OrderStatus.Shipped, (await PulledOrderAsync(host, order.Id!)).Status);
    }

    [Fact]
    public async Task Sending_a_shipment_again_finds_the_fulfillment_with_its_tracking_number_and_creates_none()
    {
        using var host = Host();
        var order = OpenOrder(host.Sandbox.Data);
        var shipment = ShipmentOf(order, [new ShipmentLine(order.LineItems[0].Id, null, 1)]);
        var commandId = Guid.NewGuid();

        var first = await host.Connector.ConfirmShipmentAsync(host.Account, shipment, commandId, CancellationToken.None);
        var again = await host.Connector.ConfirmShipmentAsync(host.Account, shipment, commandId, CancellationToken.None);

        Assert.Equal(first.MarketplaceReference, again.MarketplaceReference);
        Assert.Single(host.Sandbox.Data.Ledger.Fulfillments);
        Assert.Equal(1, host.Sandbox.Requests.Count(r => r.RootFields == "fulfillmentCreate"));
    }

    [Fact]
    public async Task Shipping_more_units_than_remain_is_rejected_with_shopifys_reason_and_no_fulfillment()
    {
        using var host = Host();
        var order = OpenOrder(host.Sandbox.Data);
        var shipment = ShipmentOf(order, [new ShipmentLine(order.LineItems[0].Id, null, order.LineItems[0].Quantity + 1)]);

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Connector.ConfirmShipmentAsync(host.Account, shipment, Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Rejected, e.Kind);
        Assert.False(e.IsTransient);
        Assert.Equal("fulfillmentCreate: fulfillment.lineItemsByFulfillmentOrder: Invalid fulfillment order line item quantity requested.", e.Message);
        Assert.Empty(host.Sandbox.Data.Ledger.Fulfillments);
    }

    [Fact]
    public async Task Setting_stock_sends_the_value_read_as_changeFromQuantity_and_the_next_incremental_pull_shows_the_new_level()
    {
        using var host = Host();
        var sku = ShopifySandboxData.Sku(3, 0);
        var location = ShopifySandboxData.LocationId(1);
        var item = host.Sandbox.Data.InventoryItemIndexOfSku(sku);
        var before = host.Sandbox.Data.Available(item, 1);
        var commandId = Guid.NewGuid();
        var firstSync = await ShopifyTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, CancellationToken.None));

        var result = await host.Connector.SetStockAsync(host.Account, [new StockUpdate(sku, location, before + 37)], commandId, CancellationToken.None);

        var set = Assert.Single(host.Sandbox.Data.Ledger.StockSets);
        Assert.Equal((before, before + 37, (int?)before), (set.Before, set.After, set.ChangeFromQuantity));
        Assert.False(string.IsNullOrEmpty(set.IdempotencyKey));
        Assert.StartsWith("gid://shopify/InventoryAdjustmentGroup/", result.MarketplaceReference, StringComparison.Ordinal);
        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, firstSync[^1].Checkpoint, CancellationToken.None));
        var levels = pages.SelectMany(p => p.Items).Where(l => l.Sku == sku).ToList();
        Assert.Equal(before + 37, levels.Single(l => l.LocationId == location).Available);
        Assert.True(levels.Single(l => l.LocationId == location).UpdatedAt > levels.Single(l => l.LocationId != location).UpdatedAt);
    }

    [Fact]
    public async Task A_stock_update_without_a_location_is_rejected_for_a_sku_stocked_at_two()
    {
        using var host = Host();

        var e = await Assert.ThrowsAsync<MarketplaceException>(() =>
            host.Connector.SetStockAsync(host.Account, [new StockUpdate(ShopifySandboxData.Sku(1, 0), null, 5)], Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Rejected, e.Kind);
        Assert.Empty(host.Sandbox.Data.Ledger.StockSets);
    }

    [Fact]
    public async Task Shopify_user_errors_become_a_rejected_failure_with_their_field_and_message()
    {
        using var host = Host();

        var e = await Assert.ThrowsAsync<MarketplaceException>(() =>
            host.Connector.SetStockAsync(host.Account, [new StockUpdate(ShopifySandboxData.Sku(2, 0), ShopifySandboxData.LocationId(0), -4)], Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Rejected, e.Kind);
        Assert.Equal("INVALID_QUANTITY_NEGATIVE", e.Code);
        Assert.Contains("input.quantities.0.quantity: The quantity can't be negative.", e.Message, StringComparison.Ordinal);
        Assert.Empty(host.Sandbox.Data.Ledger.StockSets);
    }

    [Fact]
    public async Task A_fulfillment_create_answered_503_is_not_retried_by_the_pipeline_but_left_to_the_outbox()
    {
        // Request 1 reads the fulfillment orders, request 2 is fulfillmentCreate.
        using var host = Host(faults: new ShopifyFaultPlan { OnRequest = new Dictionary<int, SandboxFault> { [2] = SandboxFault.ServiceUnavailable } });
        var order = OpenOrder(host.Sandbox.Data);
        var shipment = ShipmentOf(order, [new ShipmentLine(order.LineItems[0].Id, null, 1)]);

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Connector.ConfirmShipmentAsync(host.Account, shipment, Guid.NewGuid(), CancellationToken.None));

        Assert.True(e.IsTransient);
        Assert.Equal(2, host.Sandbox.RequestCount);
        Assert.Empty(host.Sandbox.Data.Ledger.Fulfillments);
    }

    [Fact]
    public async Task A_throttled_fulfillment_create_was_not_executed_so_the_pipeline_sends_it_again()
    {
        using var host = Host(faults: new ShopifyFaultPlan { OnRequest = new Dictionary<int, SandboxFault> { [2] = SandboxFault.TooManyRequests }, RetryAfterSeconds = 0 });
        var order = OpenOrder(host.Sandbox.Data);
        var shipment = ShipmentOf(order, [new ShipmentLine(order.LineItems[0].Id, null, 1)]);

        var result = await host.Connector.ConfirmShipmentAsync(host.Account, shipment, Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(3, host.Sandbox.RequestCount);
        Assert.Equal(Assert.Single(host.Sandbox.Data.Ledger.Fulfillments).Id, result.MarketplaceReference);
    }

    [Fact]
    public async Task A_line_beyond_the_lines_read_of_a_large_order_is_refused_saying_so_and_nothing_is_sent()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(new ShopifySandboxOptions
        {
            Seed = 22,
            OrderCount = 40,
            ProductCount = 10,
            MaxLineItemsPerOrder = 80,
            Throttle = ShopifySandboxThrottle.Off,
        }));
        var data = host.Sandbox.Data;
        var order = Enumerable.Range(0, data.OrderCount).Select(data.GenerateOrder).First(o => !data.Closed(o) && o.LineItems.Count > 55);
        var line = order.LineItems[55];

        var e = await Assert.ThrowsAsync<MarketplaceException>(() =>
            host.Connector.ConfirmShipmentAsync(host.Account, ShipmentOf(order, [new ShipmentLine(line.Id, line.Sku, 1)]), Guid.NewGuid(), CancellationToken.None));

        Assert.Equal((MarketplaceFailureKind.Rejected, "LINE_NOT_FOUND"), (e.Kind, e.Code));
        Assert.Contains("is not among the first", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Sandbox.Requests.Count(r => r.RootFields == "fulfillmentCreate"));
    }

    [Fact]
    public async Task Stock_is_set_at_a_location_past_the_levels_the_sku_lookup_reads()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(new ShopifySandboxOptions
        {
            Seed = 23,
            OrderCount = 1,
            ProductCount = 3,
            LocationCount = 12,
            Throttle = ShopifySandboxThrottle.Off,
        }));
        var sku = ShopifySandboxData.Sku(2, 0);
        var item = host.Sandbox.Data.InventoryItemIndexOfSku(sku);
        var before = host.Sandbox.Data.Available(item, 11);

        await host.Connector.SetStockAsync(host.Account, [new StockUpdate(sku, ShopifySandboxData.LocationId(11), before + 5)], Guid.NewGuid(), CancellationToken.None);

        var set = Assert.Single(host.Sandbox.Data.Ledger.StockSets);
        Assert.Equal((ShopifySandboxData.LocationId(11), before, before + 5), (set.LocationId, set.Before, set.After));
        Assert.Equal(before + 5, host.Sandbox.Data.Ledger.Available(item, 11));
    }
}
