namespace CrossBorderHub.Mapping.Canonical;

/// <summary>A parcel sent for (part of) an order, with its tracking.</summary>
public sealed record Shipment
{
    public required string MarketplaceOrderId { get; init; }
    public required IReadOnlyList<ShipmentLine> Lines { get; init; }
    public required string Carrier { get; init; }
    public string? Service { get; init; }
    public required string TrackingNumber { get; init; }
    public Uri? TrackingUrl { get; init; }
    public required DateTimeOffset ShippedAt { get; init; }
    public IReadOnlyList<TrackingEvent> Events { get; init; } = [];
}

public sealed record ShipmentLine(string MarketplaceLineId, string? Sku, int Quantity);

public sealed record TrackingEvent(DateTimeOffset OccurredAt, string Status, string? Description, string? Location);
