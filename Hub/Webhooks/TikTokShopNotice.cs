using System.Text.Json;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>
/// What the hub reads of a TikTok Shop push: {"type", "tts_notification_id", "shop_id", "timestamp", "data"}. The rest
/// stays in the body, which is verified as received.
/// </summary>
internal sealed record TikTokShopNotice(int Type, string ShopId, string? NotificationId)
{
    /// <summary>The notice, or null when the body is not a push naming a shop.</summary>
    public static TikTokShopNotice? Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type) || !type.TryGetInt32(out var kind)
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
            var notification = root.TryGetProperty("tts_notification_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            return string.IsNullOrEmpty(shopId) ? null : new TikTokShopNotice(kind, shopId, string.IsNullOrEmpty(notification) ? null : notification);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
