using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Shopee.Mapping;

/// <summary>item_status to whether buyers can buy the listing; another value becomes Unknown and is reported.</summary>
internal static class ShopeeListingStatusTable
{
    public const string Field = "item_status";

    public static ListingStatus? Resolve(string? status) => status switch
    {
        "NORMAL" => ListingStatus.Active,
        "UNLIST" => ListingStatus.Inactive,

        // Shopee is reviewing a new or edited listing: not yet buyable.
        "REVIEWING" => ListingStatus.Draft,

        // Taken down by Shopee; the seller can fix and relist it.
        "BANNED" => ListingStatus.Inactive,
        "SELLER_DELETE" or "SHOPEE_DELETE" => ListingStatus.Archived,
        _ => null,
    };
}
