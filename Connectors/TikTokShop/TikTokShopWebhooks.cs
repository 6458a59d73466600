namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>What a host needs to receive TikTok Shop webhooks: whose stores they are for and which pushes mean what.</summary>
public static class TikTokShopWebhooks
{
    public const string Marketplace = TikTokShopConstants.Marketplace;

    /// <summary>The header carrying hex HMAC-SHA256(app secret, app key + raw body).</summary>
    public const string SignatureHeader = "Authorization";

    /// <summary>The push type of an order's status change (ORDER_STATUS_CHANGE).</summary>
    public const int OrderStatusChange = 1;
}
