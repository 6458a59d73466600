using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence.Entities;

/// <summary>One order per row: the whole canonical order as JSON, with the columns keys, feed and lists need.</summary>
internal sealed class OrderRow
{
    public Guid Id { get; set; }
    public Guid StoreId { get; set; }
    public string MarketplaceOrderId { get; set; } = "";
    public string? OrderNumber { get; set; }
    public OrderStatus Status { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Sequence { get; set; }
    public byte[] ContentHash { get; set; } = [];
    public CanonicalOrder Document { get; set; } = null!;

    /// <summary>When the buyer's personal data was removed from <see cref="Document"/>; a newer version from the marketplace clears it.</summary>
    public DateTimeOffset? RedactedAt { get; set; }
}
