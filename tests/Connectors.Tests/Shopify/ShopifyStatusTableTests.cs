using CrossBorderHub.Connectors.Shopify.Mapping;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.Shopify;

public sealed class ShopifyStatusTableTests
{
    [Theory]
    [InlineData("FULFILLED", OrderStatus.Shipped)]
    [InlineData("PARTIALLY_FULFILLED", OrderStatus.PartiallyShipped)]
    [InlineData("FULFILLMENT_NOT_REQUIRED", OrderStatus.Delivered)]
    [InlineData("UNFULFILLED", OrderStatus.ReadyToShip)]
    [InlineData("OPEN", OrderStatus.ReadyToShip)]
    [InlineData("IN_PROGRESS", OrderStatus.ReadyToShip)]
    [InlineData("PENDING_FULFILLMENT", OrderStatus.ReadyToShip)]
    [InlineData("ON_HOLD", OrderStatus.ReadyToShip)]
    [InlineData("SCHEDULED", OrderStatus.ReadyToShip)]
    [InlineData("RESTOCKED", OrderStatus.ReadyToShip)]
    [InlineData("REQUEST_DECLINED", OrderStatus.ReadyToShip)]
    public void Paid_order_status_follows_the_fulfillment_status(string fulfillment, OrderStatus expected)
    {
        var result = ShopifyOrderStatusTable.Resolve("PAID", fulfillment, null, "NO_RETURN");

        Assert.Equal(expected, result.Status);
        Assert.Empty(result.UnknownValues);
    }

    [Theory]
    [InlineData("PAID", OrderStatus.ReadyToShip, OrderFlags.None)]
    [InlineData("AUTHORIZED", OrderStatus.ReadyToShip, OrderFlags.None)]
    [InlineData("PARTIALLY_REFUNDED", OrderStatus.ReadyToShip, OrderFlags.PartiallyRefunded)]
    [InlineData("PENDING", OrderStatus.Pending, OrderFlags.None)]
    [InlineData("EXPIRED", OrderStatus.Pending, OrderFlags.None)]
    [InlineData("PARTIALLY_PAID", OrderStatus.Pending, OrderFlags.None)]
    [InlineData("REFUNDED", OrderStatus.Cancelled, OrderFlags.Refunded)]
    [InlineData("VOIDED", OrderStatus.Cancelled, OrderFlags.None)]
    public void Unfulfilled_order_status_follows_the_payment(string financial, OrderStatus expected, OrderFlags flags)
    {
        var result = ShopifyOrderStatusTable.Resolve(financial, "UNFULFILLED", null, null);

        Assert.Equal(expected, result.Status);
        Assert.Equal(flags, result.Flags);
        Assert.Empty(result.UnknownValues);
    }

    [Fact]
    public void Every_documented_value_pair_maps_to_a_known_status()
    {
        foreach (var financial in ShopifyEnums.Financial.All)
        {
            foreach (var fulfillment in ShopifyEnums.Fulfillment.All)
            {
                var result = ShopifyOrderStatusTable.Resolve(financial, fulfillment, null, null);
                Assert.NotEqual(OrderStatus.Unknown, result.Status);
                Assert.Empty(result.UnknownValues);
            }
        }
    }

    [Fact]
    public void Cancelled_at_wins_over_every_other_status()
    {
        var result = ShopifyOrderStatusTable.Resolve("PAID", "FULFILLED", DateTimeOffset.UnixEpoch, null);

        Assert.Equal(OrderStatus.Cancelled, result.Status);
    }

    [Fact]
    public void On_hold_sets_the_on_hold_flag() =>
        Assert.Equal(OrderFlags.OnHold, ShopifyOrderStatusTable.Resolve("PAID", "ON_HOLD", null, null).Flags);

    [Theory]
    [InlineData("NO_RETURN", OrderFlags.None)]
    [InlineData("RETURN_REQUESTED", OrderFlags.ReturnRequested)]
    [InlineData("IN_PROGRESS", OrderFlags.ReturnRequested)]
    [InlineData("RETURNED", OrderFlags.Returned)]
    [InlineData("INSPECTION_COMPLETE", OrderFlags.Returned)]
    [InlineData("RETURN_FAILED", OrderFlags.None)]
    public void Return_status_sets_return_flags(string returnStatus, OrderFlags expected) =>
        Assert.Equal(expected, ShopifyOrderStatusTable.Resolve("PAID", "FULFILLED", null, returnStatus).Flags);

    [Fact]
    public void Unknown_financial_status_of_an_unshipped_order_is_Unknown_and_reported()
    {
        var result = ShopifyOrderStatusTable.Resolve("PARTIALLY_AUTHORIZED_LATER", "UNFULFILLED", null, null);

        Assert.Equal(OrderStatus.Unknown, result.Status);
        Assert.Contains((ShopifyOrderStatusTable.FinancialField, "PARTIALLY_AUTHORIZED_LATER"), result.UnknownValues);
    }

    [Fact]
    public void Unknown_fulfillment_status_is_Unknown_and_reported()
    {
        var result = ShopifyOrderStatusTable.Resolve("PAID", "TELEPORTED", null, null);

        Assert.Equal(OrderStatus.Unknown, result.Status);
        Assert.Contains((ShopifyOrderStatusTable.FulfillmentField, "TELEPORTED"), result.UnknownValues);
    }

    [Fact]
    public void Unknown_return_status_is_reported() =>
        Assert.Contains((ShopifyOrderStatusTable.ReturnField, "LOST_AT_SEA"), ShopifyOrderStatusTable.Resolve("PAID", "FULFILLED", null, "LOST_AT_SEA").UnknownValues);

    [Theory]
    [InlineData("ACTIVE", ListingStatus.Active)]
    [InlineData("UNLISTED", ListingStatus.Active)]
    [InlineData("DRAFT", ListingStatus.Draft)]
    [InlineData("ARCHIVED", ListingStatus.Archived)]
    public void Product_status_maps_to_listing_status(string status, ListingStatus expected) =>
        Assert.Equal(expected, ShopifyListingStatusTable.Resolve(status));

    [Fact]
    public void Unknown_product_status_has_no_listing_status() => Assert.Null(ShopifyListingStatusTable.Resolve("RETIRED"));

    [Theory]
    [InlineData(true, LocationKind.ThirdPartyWarehouse)]
    [InlineData(false, LocationKind.OwnWarehouse)]
    [InlineData(null, LocationKind.Unknown)]
    public void Location_kind_follows_is_fulfillment_service(bool? isFulfillmentService, LocationKind expected) =>
        Assert.Equal(expected, ShopifyLocationKindTable.Resolve(isFulfillmentService));
}
