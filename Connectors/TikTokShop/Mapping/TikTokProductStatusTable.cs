using CrossBorderHub.Mapping.Canonical;
using S = CrossBorderHub.Connectors.TikTokShop.Mapping.TikTokProductStatus;

namespace CrossBorderHub.Connectors.TikTokShop.Mapping;

/// <summary>TikTok Shop product status to the canonical listing status; a word not listed is Unknown and reported.</summary>
internal static class TikTokProductStatusTable
{
    public static ListingStatus Resolve(string? status) => status switch
    {
        S.Activate => ListingStatus.Active,
        S.Draft => ListingStatus.Draft,

        // Under review, failed review, switched off by the seller or by TikTok, frozen: listed but not buyable.
        S.Pending or S.Failed or S.SellerDeactivated or S.PlatformDeactivated or S.Freeze => ListingStatus.Inactive,
        S.Deleted => ListingStatus.Archived,
        _ => ListingStatus.Unknown,
    };
}
