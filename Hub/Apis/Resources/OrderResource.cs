using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Apis.Resources;

/// <summary>
/// An order as ERP systems read it: the canonical order with the hub's id and its store. <c>personalDataRedactedAt</c> is
/// set once the marketplace's retention period removed the buyer, the shipping address (all but the country) and their contacts.
/// </summary>
public sealed record OrderResource(
    Guid Id,
    Guid StoreId,
    string MarketplaceOrderId,
    string? OrderNumber,
    OrderStatus Status,
    OrderFlags Flags,
    string MarketplaceStatus,
    DateTimeOffset PlacedAt,
    DateTimeOffset UpdatedAt,
    string Currency,
    OrderTotals Totals,
    Buyer? Buyer,
    Address? ShippingAddress,
    IReadOnlyList<OrderLine> Lines,
    FulfilmentChannel FulfilmentChannel,
    DateTimeOffset? ShipBy,
    DateTimeOffset? PersonalDataRedactedAt)
{
    public static OrderResource From(OrderView view)
    {
        var o = view.Order;
        return new OrderResource(
            view.Id, view.StoreId, o.MarketplaceOrderId, o.OrderNumber, o.Status, o.Flags, o.MarketplaceStatus,
            o.PlacedAt, o.UpdatedAt, o.Currency, o.Totals, o.Buyer, o.ShippingAddress, o.Lines, o.FulfilmentChannel, o.ShipBy, view.RedactedAt);
    }
}
