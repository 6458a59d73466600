using CrossBorderHub.Connectors.TikTokShop.Mapping;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

public sealed class TikTokShopProductStatusTableTests
{
    [Theory]
    [InlineData("ACTIVATE", ListingStatus.Active)]
    [InlineData("DRAFT", ListingStatus.Draft)]
    [InlineData("PENDING", ListingStatus.Inactive)]
    [InlineData("FAILED", ListingStatus.Inactive)]
    [InlineData("SELLER_DEACTIVATED", ListingStatus.Inactive)]
    [InlineData("PLATFORM_DEACTIVATED", ListingStatus.Inactive)]
    [InlineData("FREEZE", ListingStatus.Inactive)]
    [InlineData("DELETED", ListingStatus.Archived)]
    [InlineData("ALL", ListingStatus.Unknown)]
    [InlineData(null, ListingStatus.Unknown)]
    public void Each_documented_product_status_maps_to_its_listing_status(string? status, ListingStatus expected) =>
        Assert.Equal(expected, TikTokProductStatusTable.Resolve(status));
}
