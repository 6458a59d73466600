using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Shopee.Mapping;

/// <summary>
/// Shopee's order_status, value by value ("V2.0 Data Definition" OrderStatus, plus INVOICE_PENDING and the opt-in
/// PENDING). A value not listed becomes Unknown and is reported, never guessed.
/// </summary>
internal static class ShopeeOrderStatusTable
{
    public const string Field = "order_status";

    public static (OrderStatus Status, OrderFlags Flags)? Resolve(string? status) => status switch
    {
        // Not paid yet (or, for COD, not yet confirmed).
        "UNPAID" => (OrderStatus.Pending, OrderFlags.None),

        // Opt-in status (request_order_status_pending): Shopee holds the order for a system or KYC check.
        "PENDING" => (OrderStatus.Pending, OrderFlags.OnHold),

        // Paid, but the seller must issue the invoice (BR) before it can ship.
        "INVOICE_PENDING" => (OrderStatus.Pending, OrderFlags.None),
        "READY_TO_SHIP" => (OrderStatus.ReadyToShip, OrderFlags.None),

        // Shipment arranged (tracking number issued) but the parcel is not yet with the carrier.
        "PROCESSED" => (OrderStatus.ReadyToShip, OrderFlags.None),

        // The carrier failed to collect it: the seller ships again.
        "RETRY_SHIP" => (OrderStatus.ReadyToShip, OrderFlags.None),
        "SHIPPED" => (OrderStatus.Shipped, OrderFlags.None),

        // Delivered; the buyer has yet to confirm receipt.
        "TO_CONFIRM_RECEIVE" => (OrderStatus.Delivered, OrderFlags.None),
        "COMPLETED" => (OrderStatus.Delivered, OrderFlags.None),

        // The buyer asked to cancel before shipping: do not ship while the seller decides.
        "IN_CANCEL" => (OrderStatus.ReadyToShip, OrderFlags.OnHold),
        "CANCELLED" => (OrderStatus.Cancelled, OrderFlags.None),

        // Delivered and a return or refund was requested.
        "TO_RETURN" => (OrderStatus.Delivered, OrderFlags.ReturnRequested),
        _ => null,
    };
}
