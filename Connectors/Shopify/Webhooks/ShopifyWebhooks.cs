using CrossBorderHub.Connectors.Shopify.Consent;

namespace CrossBorderHub.Connectors.Shopify.Webhooks;

/// <summary>
/// Shopify webhooks (POST /webhooks/shopify): the shop in X-Shopify-Shop-Domain, the topic in X-Shopify-Topic, the
/// delivery in X-Shopify-Webhook-Id, and X-Shopify-Hmac-Sha256 signed with the hub's app client secret. A store
/// connected with a token of another app (posted credentials) has no secret the hub knows, so its pushes do not verify.
/// </summary>
internal sealed class ShopifyWebhooks : IMarketplaceWebhooks
{
    public string Marketplace => ShopifyConstants.Marketplace;

    public WebhookNotice? Read(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!string.Equals(delivery.Method, HttpMethod.Post.Method, StringComparison.OrdinalIgnoreCase)
            || delivery.Header(ShopifyWebhookHeaders.ShopDomain) is not { } shop
            || !ShopifyStoreAccount.IsShopDomain(shop)
            || delivery.Header(ShopifyWebhookHeaders.Topic) is not { Length: > 0 and <= 200 } topic
            || string.IsNullOrEmpty(delivery.Header(ShopifyWebhookHeaders.Hmac)))
        {
            return null;
        }

        var id = delivery.Header(ShopifyWebhookHeaders.WebhookId) is { Length: > 0 and <= 200 } webhookId ? webhookId : null;
        return new WebhookNotice(shop.ToLowerInvariant(), id, topic, ShopifyWebhookTopics.PullsFor(topic));
    }

    public bool Verify(WebhookDelivery delivery, StoreAccount store, ConsentApp? app)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(store);
        if (app?.Value(ShopifyConsentConstants.ClientSecretValue) is not { } secret
            || !string.Equals(store.Setting(ShopifyConstants.ShopDomainSetting), delivery.Header(ShopifyWebhookHeaders.ShopDomain), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return ShopifyWebhookSignature.Verify(delivery.Body.Span, delivery.Header(ShopifyWebhookHeaders.Hmac), secret);
    }
}
