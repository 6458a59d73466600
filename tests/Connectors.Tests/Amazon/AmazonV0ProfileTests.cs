using System.Text.Json;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonV0ProfileTests
{
    [Fact]
    public void The_same_order_read_through_v0_and_2026_01_01_maps_to_the_same_canonical_order()
    {
        // Fixtures/same-order.v0.json is the official searchOrders example's order written in v0's shapes.
        using var v0 = AmazonFixtures.Document("same-order.v0.json");
        var order = v0.RootElement.GetProperty("order").Deserialize(AmazonJsonContext.Default.AmazonOrderV0)!;
        var items = v0.RootElement.GetProperty("orderItems").EnumerateArray().Select(i => i.Deserialize<AmazonOrderItemV0>(AmazonJsonContext.Default.Options)!).ToList();
        var issues = new List<MappingIssue>();

        var fromV0 = AmazonProfileTests.Map(new AmazonOrderV0WithItems(order, items), issues);
        var from2026 = AmazonProfileTests.Map(AmazonProfileTests.Example(), issues);

        Assert.Empty(issues);
        Assert.Equal("Shipped", fromV0.MarketplaceStatus);
        Assert.Equal("SHIPPED", from2026.MarketplaceStatus);
        Assert.Equal(Canonical(from2026 with { MarketplaceStatus = "" }), Canonical(fromV0 with { MarketplaceStatus = "" }));
    }

    [Fact]
    public void The_official_getOrders_and_getOrderItems_examples_map_to_the_stated_canonical_order()
    {
        using var orders = AmazonFixtures.Document("ordersV0.getOrders.200.example.json");
        using var orderItems = AmazonFixtures.Document("ordersV0.getOrderItems.200.example.json");
        var page = orders.RootElement.Deserialize(AmazonJsonContext.Default.GetOrdersResponse)!;
        var itemsPage = orderItems.RootElement.Deserialize(AmazonJsonContext.Default.GetOrderItemsResponse)!;
        Assert.Equal("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4", page.Payload?.NextToken);
        Assert.Equal("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4", itemsPage.Payload?.NextToken);
        var order = Assert.Single(page.Payload!.Orders!).Deserialize(AmazonJsonContext.Default.AmazonOrderV0)!;
        var issues = new List<MappingIssue>();

        var mapped = AmazonProfileTests.Map(new AmazonOrderV0WithItems(order, itemsPage.Payload!.OrderItems!), issues);

        Assert.Empty(issues);
        Assert.Equal("902-3159896-1390916", mapped.MarketplaceOrderId);
        Assert.Equal(OrderStatus.Pending, mapped.Status);
        Assert.Equal("Pending", mapped.MarketplaceStatus);
        Assert.Equal(new DateTimeOffset(2017, 1, 20, 19, 49, 35, TimeSpan.Zero), mapped.PlacedAt);
        Assert.Equal(new DateTimeOffset(2017, 1, 20, 19, 49, 35, TimeSpan.Zero), mapped.UpdatedAt);
        Assert.Equal(FulfilmentChannel.Merchant, mapped.FulfilmentChannel);
        Assert.Equal(new DateTimeOffset(2017, 1, 25, 19, 49, 35, TimeSpan.Zero), mapped.ShipBy);

        // A pending order has no OrderTotal yet: the currency comes from its items, the total stays zero.
        Assert.Equal("JPY", mapped.Currency);
        Assert.Equal(new Money(43.94m, "JPY"), mapped.Totals.Items);
        Assert.Equal(new Money(1.26m, "JPY"), mapped.Totals.Shipping);
        Assert.Equal(new Money(0m, "JPY"), mapped.Totals.Tax);
        Assert.Equal(new Money(0m, "JPY"), mapped.Totals.Discounts);
        Assert.Equal(new Money(0m, "JPY"), mapped.Totals.Total);

        Assert.Equal("John Doe", mapped.Buyer?.Name);
        Assert.Equal("user@example.com", mapped.Buyer?.Email);
        Assert.Equal("Michigan address", mapped.ShippingAddress?.Name);
        Assert.Equal("1 Cross St.", mapped.ShippingAddress?.Line1);
        Assert.Null(mapped.ShippingAddress?.Line2);
        Assert.Equal("Canton", mapped.ShippingAddress?.City);
        Assert.Equal("MI", mapped.ShippingAddress?.Region);
        Assert.Equal("48817", mapped.ShippingAddress?.PostalCode);
        Assert.Equal("US", mapped.ShippingAddress?.CountryCode);

        Assert.Collection(
            mapped.Lines,
            first =>
            {
                Assert.Equal("68828574383266", first.MarketplaceLineId);
                Assert.Equal("CBA_OTF_1", first.Sku);
                Assert.Equal(1, first.Quantity);
                Assert.Equal(new Money(25.99m, "JPY"), first.UnitPrice);
            },
            second =>
            {
                // ItemPrice 17.95 is the total of two: the unit price is half of it.
                Assert.Equal("79039765272157", second.MarketplaceLineId);
                Assert.Equal("CBA_OTF_5", second.Sku);
                Assert.Equal(2, second.Quantity);
                Assert.Equal(new Money(8.975m, "JPY"), second.UnitPrice);
                Assert.Equal(new Money(0m, "JPY"), second.Tax);
            });
    }

    private static string Canonical(CanonicalOrder order) => JsonSerializer.Serialize(order);
}
