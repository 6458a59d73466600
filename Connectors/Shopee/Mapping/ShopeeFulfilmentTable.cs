using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Shopee.Mapping;

/// <summary>fulfillment_flag to who ships the order; another value becomes Unknown and is reported.</summary>
internal static class ShopeeFulfilmentTable
{
    public const string Field = "fulfillment_flag";

    public static FulfilmentChannel? Resolve(string? flag) => flag switch
    {
        "fulfilled_by_shopee" => FulfilmentChannel.Marketplace,
        "fulfilled_by_cb_seller" or "fulfilled_by_local_seller" => FulfilmentChannel.Merchant,
        _ => null,
    };
}
