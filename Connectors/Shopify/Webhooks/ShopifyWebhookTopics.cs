namespace CrossBorderHub.Connectors.Shopify.Webhooks;

/// <summary>Which pulls bring in what a webhook topic announces (topics are "resource/event", e.g. orders/paid).</summary>
internal static class ShopifyWebhookTopics
{
    private static readonly (string Resource, MarketplaceCapabilities Pulls)[] Resources =
    [
        ("orders", MarketplaceCapabilities.PullOrders),
        ("fulfillments", MarketplaceCapabilities.PullOrders),
        ("fulfillment_orders", MarketplaceCapabilities.PullOrders),
        ("refunds", MarketplaceCapabilities.PullOrders),
        ("products", MarketplaceCapabilities.PullCatalog),
        ("inventory_levels", MarketplaceCapabilities.PullInventory),
        ("inventory_items", MarketplaceCapabilities.PullInventory),
    ];

    public static MarketplaceCapabilities PullsFor(string topic)
    {
        var slash = topic.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == topic.Length - 1)
        {
            return MarketplaceCapabilities.None;
        }

        var resource = topic[..slash];
        return Resources.FirstOrDefault(r => string.Equals(r.Resource, resource, StringComparison.OrdinalIgnoreCase)).Pulls;
    }
}
