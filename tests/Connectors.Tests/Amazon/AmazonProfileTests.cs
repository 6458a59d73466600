using System.Text.Json;
using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Mapping;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonProfileTests
{
    private static readonly AmazonMapper Mapper = new();

    [Fact]
    public void The_profile_configuration_is_valid() => Mapper.Configuration.AssertConfigurationIsValid();

    [Fact]
    public void The_official_searchOrders_example_maps_to_the_stated_canonical_order()
    {
        using var document = AmazonFixtures.Document("orders2026-01-01.searchOrders.200.example.json");
        var answer = document.RootElement.Deserialize(AmazonJsonContext.Default.SearchOrdersResponse)!;
        Assert.Equal("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4", answer.Pagination?.NextToken);
        var wire = Assert.Single(answer.Orders!).Deserialize(AmazonJsonContext.Default.AmazonOrder)!;
        var issues = new List<MappingIssue>();

        var order = Map(wire, issues);

        Assert.Empty(issues);
        Assert.Equal("123-4567890-1234567", order.MarketplaceOrderId);
        Assert.Equal("123-4567890-1234567", order.OrderNumber);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal("SHIPPED", order.MarketplaceStatus);
        Assert.Equal(OrderFlags.None, order.Flags);
        Assert.Equal(new DateTimeOffset(2024, 12, 25, 10, 30, 0, TimeSpan.Zero), order.PlacedAt);
        Assert.Equal(new DateTimeOffset(2024, 12, 25, 14, 45, 0, TimeSpan.Zero), order.UpdatedAt);
        Assert.Equal("USD", order.Currency);

        // ITEM 149.97 and TAX 0.02 of the breakdown; the 5.00 DELIVERY_TIP only counts in the grand total.
        Assert.Equal(new Money(149.97m, "USD"), order.Totals.Items);
        Assert.Equal(new Money(0m, "USD"), order.Totals.Shipping);
        Assert.Equal(new Money(0.02m, "USD"), order.Totals.Tax);
        Assert.Equal(new Money(0m, "USD"), order.Totals.Discounts);
        Assert.Equal(new Money(154.99m, "USD"), order.Totals.Total);

        Assert.Equal("John Smith", order.Buyer?.Name);
        Assert.Equal("buyer-email@marketplace.amazon.com", order.Buyer?.Email);
        Assert.Null(order.Buyer?.Phone);

        var address = order.ShippingAddress!;
        Assert.Equal("John Smith", address.Name);
        Assert.Equal("Smith Industries LLC", address.Company);
        Assert.Equal("123 Main Street", address.Line1);
        Assert.Equal("Suite 456", address.Line2);
        Assert.Equal("Seattle", address.City);
        Assert.Equal("WA", address.Region);
        Assert.Equal("98101", address.PostalCode);
        Assert.Equal("US", address.CountryCode);
        Assert.Equal("555-123-4567", address.Phone);

        Assert.Equal(FulfilmentChannel.Merchant, order.FulfilmentChannel);
        Assert.Equal(new DateTimeOffset(2024, 12, 27, 23, 59, 59, TimeSpan.Zero), order.ShipBy);

        Assert.Collection(
            order.Lines,
            echo =>
            {
                Assert.Equal("12345678901234", echo.MarketplaceLineId);
                Assert.Equal("ECHO-DOT-4-CHARCOAL", echo.Sku);
                Assert.Equal("Echo Dot (4th Gen) | Smart speaker with Alexa | Charcoal", echo.Title);
                Assert.Equal(2, echo.Quantity);
                Assert.Equal(new Money(49.99m, "USD"), echo.UnitPrice);
                Assert.Equal(new Money(0.02m, "USD"), echo.Tax);
                Assert.Equal(new Money(0m, "USD"), echo.Discount);
            },
            stick =>
            {
                Assert.Equal("12345678901235", stick.MarketplaceLineId);
                Assert.Equal("FIRE-TV-4K-2021", stick.Sku);
                Assert.Equal("Fire TV Stick 4K with Alexa Voice Remote", stick.Title);
                Assert.Equal(1, stick.Quantity);
                Assert.Equal(new Money(49.99m, "USD"), stick.UnitPrice);
                Assert.Equal(new Money(0m, "USD"), stick.Tax);
                Assert.Equal(new Money(0m, "USD"), stick.Discount);
            });
    }

    [Fact]
    public void An_unknown_fulfillment_status_becomes_Unknown_and_is_reported()
    {
        var wire = Example() with { Fulfillment = new AmazonOrderFulfillment("ON_THE_MOON", "AMAZON", null) };
        var issues = new List<MappingIssue>();

        var order = Map(wire, issues);

        Assert.Equal(OrderStatus.Unknown, order.Status);
        Assert.Equal(FulfilmentChannel.Marketplace, order.FulfilmentChannel);
        Assert.Equal(new MappingIssue("123-4567890-1234567", AmazonOrderStatusTable.FulfillmentStatusField, "ON_THE_MOON"), Assert.Single(issues));
    }

    [Fact]
    public void An_amount_that_is_not_a_decimal_fails_the_record()
    {
        var wire = Example() with { Proceeds = new AmazonOrderProceeds(new AmazonMoney("12,5O", "USD"), null) };

        var error = Assert.ThrowsAny<Exception>(() => Map(wire, []));

        Assert.Contains("proceeds.grandTotal.amount", CrossBorderHub.Connectors.Kit.Pulling.RecordFaults.ReasonOf(error), StringComparison.Ordinal);
        Assert.True(CrossBorderHub.Connectors.Kit.Pulling.RecordFaults.IsRecordFault(error));
    }

    internal static AmazonOrder Example()
    {
        using var document = AmazonFixtures.Document("orders2026-01-01.searchOrders.200.example.json");
        return document.RootElement.GetProperty("orders")[0].Deserialize(AmazonJsonContext.Default.AmazonOrder)!;
    }

    internal static CanonicalOrder Map(object wire, List<MappingIssue> issues) =>
        Mapper.Mapper.Map<CanonicalOrder>(wire, o => o.Items[AmazonMappingContext.Issues] = issues);
}
