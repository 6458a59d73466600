using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence.Entities;

internal sealed class ProductRow
{
    public Guid Id { get; set; }
    public Guid StoreId { get; set; }
    public string MarketplaceProductId { get; set; } = "";
    public string Title { get; set; } = "";
    public ListingStatus Status { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Sequence { get; set; }
    public byte[] ContentHash { get; set; } = [];
    public CanonicalProduct Document { get; set; } = null!;
}
