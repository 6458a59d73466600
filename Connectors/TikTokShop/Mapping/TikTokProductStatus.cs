namespace CrossBorderHub.Connectors.TikTokShop.Mapping;

/// <summary>The product status words of the 202309 Product API.</summary>
internal static class TikTokProductStatus
{
    public const string Field = "status";
    public const string Draft = "DRAFT";
    public const string Pending = "PENDING";
    public const string Failed = "FAILED";
    public const string Activate = "ACTIVATE";
    public const string SellerDeactivated = "SELLER_DEACTIVATED";
    public const string PlatformDeactivated = "PLATFORM_DEACTIVATED";
    public const string Freeze = "FREEZE";
    public const string Deleted = "DELETED";
}
