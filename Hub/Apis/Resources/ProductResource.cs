using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Apis.Resources;

public sealed record ProductResource(
    Guid Id,
    Guid StoreId,
    string MarketplaceProductId,
    string Title,
    string? Brand,
    ListingStatus Status,
    string MarketplaceStatus,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ProductVariant> Variants)
{
    public static ProductResource From(ProductView view)
    {
        var p = view.Product;
        return new ProductResource(view.Id, view.StoreId, p.MarketplaceProductId, p.Title, p.Brand, p.Status, p.MarketplaceStatus, p.UpdatedAt, p.Variants);
    }
}
