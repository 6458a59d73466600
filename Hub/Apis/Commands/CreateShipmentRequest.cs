namespace CrossBorderHub.Hub.Apis.Commands;

/// <summary>
/// A parcel sent for (part of) an order. Each line names the order line by its marketplace line id or by SKU;
/// lines left out stay unshipped (a partial shipment). <c>shippedAt</c> defaults to now.
/// </summary>
public sealed record CreateShipmentRequest(
    string? Carrier,
    string? Service,
    string? TrackingNumber,
    Uri? TrackingUrl,
    DateTimeOffset? ShippedAt,
    IReadOnlyList<ShipmentLineRequest>? Lines);

/// <summary>One order line shipped: <c>lineId</c> (the marketplace's line id) or <c>sku</c>, and how many units.</summary>
public sealed record ShipmentLineRequest(string? LineId, string? Sku, int? Quantity);
