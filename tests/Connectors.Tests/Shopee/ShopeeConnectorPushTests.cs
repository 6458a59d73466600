using System.Text.Json;
using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Wire;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.Shopee;

public sealed class ShopeeConnectorPushTests
{
    [Fact]
    public async Task A_shipment_is_arranged_once_with_the_seller_s_tracking_number_and_the_next_pull_shows_it_shipped()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 30, days: 2));
        var index = Enumerable.Range(0, 30).First(i => host.Sandbox.Data.StatusOf(i) == "READY_TO_SHIP");
        var shipment = Shipment(host.Sandbox.Data.OrderSn(index), "SPX-0001");

        var first = await host.Connector.ConfirmShipmentAsync(host.Account, shipment, Guid.NewGuid(), CancellationToken.None);
        var again = await host.Connector.ConfirmShipmentAsync(host.Account, shipment, Guid.NewGuid(), CancellationToken.None);
        var pulled = (await ShopeeTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)))
            .SelectMany(p => p.Items).Last(o => o.MarketplaceOrderId == shipment.MarketplaceOrderId);

        var shipped = Assert.Single(host.Sandbox.Data.Shipments);
        Assert.Equal(("non_integrated", "SPX-0001"), (shipped.Mode, shipped.TrackingNumber));
        Assert.Equal("SPX-0001", first.MarketplaceReference);
        Assert.Equal("SPX-0001", again.MarketplaceReference);
        Assert.Single(host.Sandbox.Requests, r => r.Path == ShopeeConstants.Paths.ShipOrder);
        Assert.Equal(OrderStatus.Shipped, pulled.Status);
    }

    [Fact]
    public async Task An_order_shopee_will_not_ship_is_rejected_with_shopee_s_reason()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 30, days: 2));
        var index = Enumerable.Range(0, 30).First(i => host.Sandbox.Data.StatusOf(i) == "CANCELLED");

        var e = await Assert.ThrowsAsync<MarketplaceException>(() =>
            host.Connector.ConfirmShipmentAsync(host.Account, Shipment(host.Sandbox.Data.OrderSn(index), "SPX-0002"), Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Rejected, e.Kind);
        Assert.DoesNotContain(host.Sandbox.Requests, r => r.Path == ShopeeConstants.Paths.ShipOrder);
    }

    [Fact]
    public void The_official_shipping_parameter_example_ships_by_pickup_from_the_pickup_address()
    {
        var parameters = JsonSerializer.Deserialize(
            ShopeeFixtures.Read("v2.logistics.get_shipping_parameter.response_example.json"), ShopeeJsonContext.Default.ShopeeEnvelopeShopeeShippingParameterResponse)!.Response!;

        var request = ShopeeConnector.ShipOrderRequest("201218V2Y6E59M", Shipment("201218V2Y6E59M", "T1"), parameters);

        Assert.Equal(123, request.Pickup!.AddressId);
        Assert.Null(request.Pickup.PickupTimeId);
        Assert.Null(request.Pickup.TrackingNumber);
        Assert.Null(request.NonIntegrated);
        Assert.Equal(
            "{\"order_sn\":\"201218V2Y6E59M\",\"pickup\":{\"address_id\":123}}",
            JsonSerializer.Serialize(request, ShopeeJsonContext.Default.ShopeeShipOrderRequest));
    }

    private static Shipment Shipment(string orderSn, string tracking) => new()
    {
        MarketplaceOrderId = orderSn,
        Lines = [],
        Carrier = "SPX",
        TrackingNumber = tracking,
        ShippedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
    };
}
