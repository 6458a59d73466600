using CrossBorderHub.Connectors.Shopee.Mapping;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.Shopee;

public sealed class ShopeeStatusTableTests
{
    [Theory]
    [InlineData("UNPAID", OrderStatus.Pending, OrderFlags.None)]
    [InlineData("PENDING", OrderStatus.Pending, OrderFlags.OnHold)]
    [InlineData("INVOICE_PENDING", OrderStatus.Pending, OrderFlags.None)]
    [InlineData("READY_TO_SHIP", OrderStatus.ReadyToShip, OrderFlags.None)]
    [InlineData("PROCESSED", OrderStatus.ReadyToShip, OrderFlags.None)]
    [InlineData("RETRY_SHIP", OrderStatus.ReadyToShip, OrderFlags.None)]
    [InlineData("SHIPPED", OrderStatus.Shipped, OrderFlags.None)]
    [InlineData("TO_CONFIRM_RECEIVE", OrderStatus.Delivered, OrderFlags.None)]
    [InlineData("COMPLETED", OrderStatus.Delivered, OrderFlags.None)]
    [InlineData("IN_CANCEL", OrderStatus.ReadyToShip, OrderFlags.OnHold)]
    [InlineData("CANCELLED", OrderStatus.Cancelled, OrderFlags.None)]
    [InlineData("TO_RETURN", OrderStatus.Delivered, OrderFlags.ReturnRequested)]
    public void Every_documented_order_status_has_its_canonical_status(string shopee, OrderStatus status, OrderFlags flags) =>
        Assert.Equal((status, flags), ShopeeOrderStatusTable.Resolve(shopee));

    [Theory]
    [InlineData("completed")]
    [InlineData("SHIPPING")]
    [InlineData(null)]
    public void A_value_the_table_does_not_list_is_not_guessed(string? shopee) => Assert.Null(ShopeeOrderStatusTable.Resolve(shopee));

    [Theory]
    [InlineData("fulfilled_by_shopee", FulfilmentChannel.Marketplace)]
    [InlineData("fulfilled_by_cb_seller", FulfilmentChannel.Merchant)]
    [InlineData("fulfilled_by_local_seller", FulfilmentChannel.Merchant)]
    public void Every_fulfillment_flag_names_who_ships(string flag, FulfilmentChannel channel) => Assert.Equal(channel, ShopeeFulfilmentTable.Resolve(flag));
}
