using CrossBorderHub.Connectors.Amazon.Mapping;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonStatusTableTests
{
    [Theory]
    [InlineData("PENDING_AVAILABILITY", OrderStatus.Pending)]
    [InlineData("PENDING", OrderStatus.Pending)]
    [InlineData("UNSHIPPED", OrderStatus.ReadyToShip)]
    [InlineData("PARTIALLY_SHIPPED", OrderStatus.PartiallyShipped)]
    [InlineData("SHIPPED", OrderStatus.Shipped)]
    [InlineData("CANCELLED", OrderStatus.Cancelled)]
    [InlineData("UNFULFILLABLE", OrderStatus.Cancelled)]
    public void Each_2026_fulfillment_status_maps_to_its_canonical_status(string status, OrderStatus expected) =>
        Assert.Equal(expected, AmazonOrderStatusTable.FromFulfillmentStatus(status));

    [Theory]
    [InlineData("Pending", OrderStatus.Pending)]
    [InlineData("PendingAvailability", OrderStatus.Pending)]
    [InlineData("Unshipped", OrderStatus.ReadyToShip)]
    [InlineData("PartiallyShipped", OrderStatus.PartiallyShipped)]
    [InlineData("Shipped", OrderStatus.Shipped)]
    [InlineData("InvoiceUnconfirmed", OrderStatus.Shipped)]
    [InlineData("Canceled", OrderStatus.Cancelled)]
    [InlineData("Unfulfillable", OrderStatus.Cancelled)]
    public void Each_v0_order_status_maps_to_its_canonical_status(string status, OrderStatus expected) =>
        Assert.Equal(expected, AmazonOrderStatusTable.FromOrderStatus(status));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Shipped")]
    [InlineData("CANCELED")]
    public void A_2026_status_Amazon_does_not_document_is_not_guessed(string? status) =>
        Assert.Null(AmazonOrderStatusTable.FromFulfillmentStatus(status));

    [Theory]
    [InlineData(null)]
    [InlineData("SHIPPED")]
    [InlineData("Cancelled")]
    public void A_v0_status_Amazon_does_not_document_is_not_guessed(string? status) =>
        Assert.Null(AmazonOrderStatusTable.FromOrderStatus(status));
}
