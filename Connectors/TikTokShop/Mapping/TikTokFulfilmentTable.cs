using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.TikTokShop.Mapping;

/// <summary>fulfillment_type: who ships the order.</summary>
internal static class TikTokFulfilmentTable
{
    public const string Field = "fulfillment_type";
    public const string BySeller = "FULFILLMENT_BY_SELLER";
    public const string ByTikTok = "FULFILLMENT_BY_TIKTOK";

    public static FulfilmentChannel Resolve(string? fulfillmentType) => fulfillmentType switch
    {
        BySeller => FulfilmentChannel.Merchant,
        ByTikTok => FulfilmentChannel.Marketplace,
        _ => FulfilmentChannel.Unknown,
    };
}
