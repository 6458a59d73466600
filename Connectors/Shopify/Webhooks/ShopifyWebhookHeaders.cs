namespace CrossBorderHub.Connectors.Shopify.Webhooks;

/// <summary>The headers Shopify sends with every webhook.</summary>
public static class ShopifyWebhookHeaders
{
    /// <summary>Base64 HMAC-SHA256 of the raw body, keyed with the app's client secret.</summary>
    public const string Hmac = "X-Shopify-Hmac-Sha256";

    /// <summary>The shop's permanent domain, e.g. acme.myshopify.com.</summary>
    public const string ShopDomain = "X-Shopify-Shop-Domain";

    /// <summary>The subscription's topic, e.g. orders/create.</summary>
    public const string Topic = "X-Shopify-Topic";

    /// <summary>One delivery's id; a retried delivery keeps it, so it de-duplicates.</summary>
    public const string WebhookId = "X-Shopify-Webhook-Id";

    public const string ApiVersion = "X-Shopify-API-Version";

    public const string TriggeredAt = "X-Shopify-Triggered-At";

    /// <summary>The event's id; several subscriptions to one event share it.</summary>
    public const string EventId = "X-Shopify-Event-Id";
}
