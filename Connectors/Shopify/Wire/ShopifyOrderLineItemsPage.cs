using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyOrderLineItemsPage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lineItems")] ShopifyConnection<ShopifyLineItem> LineItems);
