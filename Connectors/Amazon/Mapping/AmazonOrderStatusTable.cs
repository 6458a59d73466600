using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Amazon.Mapping;

/// <summary>
/// Amazon's order status words to the canonical status: Orders API 2026-01-01 fulfillmentStatus and v0 OrderStatus.
/// A value not listed becomes Unknown and is reported, never guessed.
/// </summary>
internal static class AmazonOrderStatusTable
{
    public const string FulfillmentStatusField = "fulfillment.fulfillmentStatus";
    public const string OrderStatusField = "OrderStatus";

    /// <summary>Orders API 2026-01-01 fulfillmentStatus; null when the value is not one Amazon documents.</summary>
    public static OrderStatus? FromFulfillmentStatus(string? status) => status switch
    {
        // Pre-orders wait for the item to be released; pending orders for payment: neither may ship yet.
        "PENDING_AVAILABILITY" or "PENDING" => OrderStatus.Pending,
        "UNSHIPPED" => OrderStatus.ReadyToShip,
        "PARTIALLY_SHIPPED" => OrderStatus.PartiallyShipped,
        "SHIPPED" => OrderStatus.Shipped,
        "CANCELLED" => OrderStatus.Cancelled,

        // Only multi-channel fulfilment orders: Amazon cannot fulfil them, so nothing will ship.
        "UNFULFILLABLE" => OrderStatus.Cancelled,
        _ => null,
    };

    /// <summary>Orders API v0 OrderStatus, all eight values; null when the value is not one Amazon documents.</summary>
    public static OrderStatus? FromOrderStatus(string? status) => status switch
    {
        "PendingAvailability" or "Pending" => OrderStatus.Pending,
        "Unshipped" => OrderStatus.ReadyToShip,
        "PartiallyShipped" => OrderStatus.PartiallyShipped,
        "Shipped" => OrderStatus.Shipped,

        // Brazil: every item has shipped; only the seller's invoice confirmation is outstanding.
        "InvoiceUnconfirmed" => OrderStatus.Shipped,
        "Canceled" => OrderStatus.Cancelled,
        "Unfulfillable" => OrderStatus.Cancelled,
        _ => null,
    };
}
