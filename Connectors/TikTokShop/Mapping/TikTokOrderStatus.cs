namespace CrossBorderHub.Connectors.TikTokShop.Mapping;

/// <summary>The order status words of the 202309 Order API.</summary>
internal static class TikTokOrderStatus
{
    public const string Field = "status";
    public const string Unpaid = "UNPAID";
    public const string OnHold = "ON_HOLD";
    public const string AwaitingShipment = "AWAITING_SHIPMENT";
    public const string PartiallyShipping = "PARTIALLY_SHIPPING";
    public const string AwaitingCollection = "AWAITING_COLLECTION";
    public const string InTransit = "IN_TRANSIT";
    public const string Delivered = "DELIVERED";
    public const string Completed = "COMPLETED";
    public const string Cancelled = "CANCELLED";
}
