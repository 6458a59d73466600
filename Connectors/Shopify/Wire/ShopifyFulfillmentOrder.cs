using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>FulfillmentOrder: the group of an order's lines one location fulfils, with what remains to ship.</summary>
internal sealed record ShopifyFulfillmentOrder(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("lineItems")] ShopifyConnection<ShopifyFulfillmentOrderLineItem>? LineItems);
