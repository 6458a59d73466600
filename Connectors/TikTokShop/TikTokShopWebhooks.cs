using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.TikTokShop.Http;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// TikTok Shop's pushes to <c>/webhooks/tiktokshop</c>: a JSON body {"type", "tts_notification_id", "shop_id",
/// "timestamp", "data"} signed in the Authorization header with the app's secret over the app key and the raw body. The
/// shop id names the store; the notification id de-duplicates redeliveries; an order status change calls for an orders sync.
/// </summary>
internal sealed class TikTokShopWebhooks : IMarketplaceWebhooks
{
    /// <summary>The header carrying hex HMAC-SHA256(app secret, app key + raw body).</summary>
    public const string SignatureHeader = "Authorization";

    /// <summary>The push type of an order's status change (ORDER_STATUS_CHANGE).</summary>
    public const int OrderStatusChange = 1;

    public string Marketplace => TikTokShopConstants.Marketplace;

    public WebhookNotice? Read(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        try
        {
            using var document = JsonDocument.Parse(delivery.Body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.Number || !type.TryGetInt32(out var kind)
                || !root.TryGetProperty("shop_id", out var shop))
            {
                return null;
            }

            // shop_id is a string in TikTok's pushes; a number is accepted as the same id.
            var shopId = shop.ValueKind switch
            {
                JsonValueKind.String => shop.GetString(),
                JsonValueKind.Number => shop.GetRawText(),
                _ => null,
            };
            if (string.IsNullOrEmpty(shopId))
            {
                return null;
            }

            var notification = root.TryGetProperty("tts_notification_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            return new WebhookNotice(
                shopId,
                string.IsNullOrEmpty(notification) ? null : notification,
                kind.ToString(CultureInfo.InvariantCulture),
                kind == OrderStatusChange ? MarketplaceCapabilities.PullOrders : MarketplaceCapabilities.None);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The store's own app key and secret verify it, or the hub's app (<c>appKey</c>, <c>appSecret</c>) when the store was
    /// connected under it: TikTok signs every push with the secret of the app the shop authorized.
    /// </summary>
    public bool Verify(WebhookDelivery delivery, StoreAccount store, ConsentApp? app)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(store);
        var signature = delivery.Header(SignatureHeader);
        if (signature is null)
        {
            return false;
        }

        var storeKey = store.Setting(TikTokShopConstants.AppKeySetting);
        var storeSecret = store.Credential(TikTokShopConstants.AppSecretCredential);
        if (storeKey is not null && storeSecret is not null
            && TikTokShopWebhookSignature.Verify(storeKey, storeSecret, delivery.Body.Span, signature))
        {
            return true;
        }

        var appKey = app?.Value(TikTokShopConstants.AppKeySetting);
        var appSecret = app?.Value(TikTokShopConstants.AppSecretCredential);
        return appKey is not null && appSecret is not null
            && (storeKey is null || string.Equals(storeKey, appKey, StringComparison.Ordinal))
            && TikTokShopWebhookSignature.Verify(appKey, appSecret, delivery.Body.Span, signature);
    }
}
