using CrossBorderHub.Connectors.Ebay.Mapping;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.Ebay;

public sealed class EbayOrderStatusTableTests
{
    [Theory]
    [InlineData("NOT_STARTED", "PAID", "NONE_REQUESTED", OrderStatus.ReadyToShip, OrderFlags.None)]
    [InlineData("NOT_STARTED", "PAID", null, OrderStatus.ReadyToShip, OrderFlags.None)]
    [InlineData("NOT_STARTED", "PENDING", "NONE_REQUESTED", OrderStatus.Pending, OrderFlags.None)]
    [InlineData("NOT_STARTED", "FAILED", "NONE_REQUESTED", OrderStatus.Pending, OrderFlags.OnHold)]
    [InlineData("NOT_STARTED", "PARTIALLY_REFUNDED", "NONE_REQUESTED", OrderStatus.ReadyToShip, OrderFlags.PartiallyRefunded)]
    [InlineData("NOT_STARTED", "FULLY_REFUNDED", "NONE_REQUESTED", OrderStatus.Cancelled, OrderFlags.Refunded)]
    [InlineData("IN_PROGRESS", "PAID", "NONE_REQUESTED", OrderStatus.PartiallyShipped, OrderFlags.None)]
    [InlineData("IN_PROGRESS", "PARTIALLY_REFUNDED", "NONE_REQUESTED", OrderStatus.PartiallyShipped, OrderFlags.PartiallyRefunded)]
    [InlineData("FULFILLED", "PAID", "NONE_REQUESTED", OrderStatus.Shipped, OrderFlags.None)]
    [InlineData("FULFILLED", "FULLY_REFUNDED", "NONE_REQUESTED", OrderStatus.Shipped, OrderFlags.Refunded)]
    [InlineData("NOT_STARTED", "PAID", "IN_PROGRESS", OrderStatus.ReadyToShip, OrderFlags.OnHold)]
    [InlineData("NOT_STARTED", "PAID", "CANCELED", OrderStatus.Cancelled, OrderFlags.None)]
    [InlineData("NOT_STARTED", "FULLY_REFUNDED", "CANCELED", OrderStatus.Cancelled, OrderFlags.Refunded)]
    [InlineData("FULFILLED", "PAID", "CANCELED", OrderStatus.Cancelled, OrderFlags.None)]
    public void Each_documented_combination_has_its_canonical_status(string fulfillment, string payment, string? cancel, OrderStatus status, OrderFlags flags)
    {
        var result = EbayOrderStatusTable.Resolve(fulfillment, payment, cancel);

        Assert.Equal(status, result.Status);
        Assert.Equal(flags, result.Flags);
        Assert.Empty(result.UnknownValues);
    }

    [Theory]
    [InlineData("SHIPPED_BY_DRONE", "PAID", "NONE_REQUESTED", EbayOrderStatusTable.FulfillmentField, "SHIPPED_BY_DRONE")]
    [InlineData("NOT_STARTED", "BARTERED", "NONE_REQUESTED", EbayOrderStatusTable.PaymentField, "BARTERED")]
    [InlineData("FULFILLED", "PAID", "UNDONE", EbayOrderStatusTable.CancelField, "UNDONE")]
    public void An_unknown_value_is_reported_never_guessed(string fulfillment, string payment, string cancel, string field, string value)
    {
        var result = EbayOrderStatusTable.Resolve(fulfillment, payment, cancel);

        Assert.Contains((field, value), result.UnknownValues);
        if (field != EbayOrderStatusTable.CancelField)
        {
            Assert.Equal(OrderStatus.Unknown, result.Status);
        }
    }
}
