using CrossBorderHub.Connectors.TikTokShop.Mapping;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

public sealed class TikTokShopStatusTableTests
{
    [Theory]
    [InlineData("UNPAID", OrderStatus.Pending, OrderFlags.None)]
    [InlineData("ON_HOLD", OrderStatus.Pending, OrderFlags.OnHold)]
    [InlineData("AWAITING_SHIPMENT", OrderStatus.ReadyToShip, OrderFlags.None)]
    [InlineData("PARTIALLY_SHIPPING", OrderStatus.PartiallyShipped, OrderFlags.None)]
    [InlineData("AWAITING_COLLECTION", OrderStatus.Shipped, OrderFlags.None)]
    [InlineData("IN_TRANSIT", OrderStatus.Shipped, OrderFlags.None)]
    [InlineData("DELIVERED", OrderStatus.Delivered, OrderFlags.None)]
    [InlineData("COMPLETED", OrderStatus.Delivered, OrderFlags.None)]
    [InlineData("CANCELLED", OrderStatus.Cancelled, OrderFlags.None)]
    [InlineData("RETURNING_SOMEDAY", OrderStatus.Unknown, OrderFlags.None)]
    [InlineData(null, OrderStatus.Unknown, OrderFlags.None)]
    public void Each_documented_status_maps_to_its_canonical_status(string? status, OrderStatus expected, OrderFlags flags) =>
        Assert.Equal((expected, flags), TikTokOrderStatusTable.Resolve(status, isOnHoldOrder: false));

    [Fact]
    public void An_order_marked_on_hold_carries_the_on_hold_flag_beside_its_status() =>
        Assert.Equal((OrderStatus.ReadyToShip, OrderFlags.OnHold), TikTokOrderStatusTable.Resolve("AWAITING_SHIPMENT", isOnHoldOrder: true));
}
