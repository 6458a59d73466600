using CrossBorderHub.Mapping.Canonical;
using S = CrossBorderHub.Connectors.TikTokShop.Mapping.TikTokOrderStatus;

namespace CrossBorderHub.Connectors.TikTokShop.Mapping;

/// <summary>TikTok Shop order status to the canonical status and flags; a word not listed is Unknown and reported.</summary>
internal static class TikTokOrderStatusTable
{
    public static (OrderStatus Status, OrderFlags Flags) Resolve(string? status, bool? isOnHoldOrder)
    {
        var (canonical, flags) = status switch
        {
            S.Unpaid => (OrderStatus.Pending, OrderFlags.None),

            // Paid, but TikTok holds it (e.g. the buyer's cancellation window) before it may be shipped.
            S.OnHold => (OrderStatus.Pending, OrderFlags.OnHold),
            S.AwaitingShipment => (OrderStatus.ReadyToShip, OrderFlags.None),
            S.PartiallyShipping => (OrderStatus.PartiallyShipped, OrderFlags.None),

            // The seller has handed over (or arranged) every package: the carrier collects it.
            S.AwaitingCollection => (OrderStatus.Shipped, OrderFlags.None),
            S.InTransit => (OrderStatus.Shipped, OrderFlags.None),
            S.Delivered => (OrderStatus.Delivered, OrderFlags.None),

            // Delivered and past the return window.
            S.Completed => (OrderStatus.Delivered, OrderFlags.None),
            S.Cancelled => (OrderStatus.Cancelled, OrderFlags.None),
            _ => (OrderStatus.Unknown, OrderFlags.None),
        };

        return (canonical, isOnHoldOrder == true ? flags | OrderFlags.OnHold : flags);
    }
}
