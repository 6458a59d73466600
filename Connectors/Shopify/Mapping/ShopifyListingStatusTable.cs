using CrossBorderHub.Mapping.Canonical;
using P = CrossBorderHub.Connectors.Shopify.Mapping.ShopifyEnums.Product;

namespace CrossBorderHub.Connectors.Shopify.Mapping;

/// <summary>ProductStatus to <see cref="ListingStatus"/>; null for a value the table does not know.</summary>
internal static class ShopifyListingStatusTable
{
    public const string Field = "status";

    public static ListingStatus? Resolve(string? status) => status switch
    {
        P.Active => ListingStatus.Active,

        // UNLISTED (2025-10+) is sellable through a direct link, only hidden from search and collections.
        P.Unlisted => ListingStatus.Active,
        P.Draft => ListingStatus.Draft,
        P.Archived => ListingStatus.Archived,
        _ => null,
    };
}
