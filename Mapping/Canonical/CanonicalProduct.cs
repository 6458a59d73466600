namespace CrossBorderHub.Mapping.Canonical;

/// <summary>
/// A product as one store offers it. Each variant is a listing on that store; the seller's catalog
/// joins listings across stores by SKU.
/// </summary>
public sealed record CanonicalProduct
{
    public required string MarketplaceProductId { get; init; }
    public required string Title { get; init; }
    public string? Brand { get; init; }
    public required ListingStatus Status { get; init; }
    public required string MarketplaceStatus { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required IReadOnlyList<ProductVariant> Variants { get; init; }
}
