namespace CrossBorderHub.Mapping.Canonical;

/// <summary>An order as the hub keeps it: one shape for every marketplace.</summary>
public sealed record CanonicalOrder
{
    public required string MarketplaceOrderId { get; init; }

    /// <summary>The number the seller and buyer see (Shopify "#1001", Amazon "113-..."), when it differs from the id.</summary>
    public string? OrderNumber { get; init; }

    public required OrderStatus Status { get; init; }
    public OrderFlags Flags { get; init; }

    /// <summary>The marketplace's own status words, kept for support and for diagnosing Unknown.</summary>
    public required string MarketplaceStatus { get; init; }

    public required DateTimeOffset PlacedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required string Currency { get; init; }
    public required OrderTotals Totals { get; init; }
    public Buyer? Buyer { get; init; }
    public Address? ShippingAddress { get; init; }
    public required IReadOnlyList<OrderLine> Lines { get; init; }
    public FulfilmentChannel FulfilmentChannel { get; init; }
    public DateTimeOffset? ShipBy { get; init; }
}
