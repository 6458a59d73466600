using System.Globalization;

namespace CrossBorderHub.Connectors.Shopee.Webhooks;

/// <summary>
/// Shopee's push codes (Push Mechanism guide; v2.push.set_app_push_config), each with the pulls that bring its change in.
/// A push only says that something changed; the data itself is read through the API.
/// </summary>
internal static class ShopeePushCodes
{
    private static readonly Dictionary<int, (string Topic, MarketplaceCapabilities Pulls)> Codes = new()
    {
        [1] = ("shop_authorization_push", MarketplaceCapabilities.None),
        [2] = ("shop_authorization_canceled_push", MarketplaceCapabilities.None),
        [3] = ("order_status_push", MarketplaceCapabilities.PullOrders),
        [4] = ("order_trackingno_push", MarketplaceCapabilities.PullOrders),
        [5] = ("shopee_updates", MarketplaceCapabilities.None),
        [6] = ("banned_item_push", MarketplaceCapabilities.PullCatalog),

        // Stock moved into or out of a campaign, and reserved (flash sale) stock used: the item's stock changed.
        [7] = ("item_promotion_push", MarketplaceCapabilities.PullInventory),
        [8] = ("reserved_stock_change_push", MarketplaceCapabilities.PullInventory),
        [9] = ("promotion_update_push", MarketplaceCapabilities.None),
        [10] = ("webchat_push", MarketplaceCapabilities.None),
        [11] = ("video_upload_push", MarketplaceCapabilities.None),
        [12] = ("open_api_authorization_expiry_push", MarketplaceCapabilities.None),
        [13] = ("brand_register_result_push", MarketplaceCapabilities.None),
        [15] = ("shipping_document_status_push", MarketplaceCapabilities.None),
    };

    public const int OrderStatus = 3;
    public const int TrackingNumber = 4;

    public static string TopicOf(int code) =>
        Codes.TryGetValue(code, out var known) ? known.Topic : string.Create(CultureInfo.InvariantCulture, $"code_{code}");

    /// <summary>The pulls a push of <paramref name="code"/> calls for; none for a code Shopee added later.</summary>
    public static MarketplaceCapabilities PullsOf(int code) => Codes.TryGetValue(code, out var known) ? known.Pulls : MarketplaceCapabilities.None;
}
