using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>An order as <c>FulfillmentOrdersQuery</c> selects it: its fulfillments so far and its fulfillment orders.</summary>
internal sealed record ShopifyFulfillableOrder(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("fulfillments")] IReadOnlyList<ShopifyFulfillment>? Fulfillments,
    [property: JsonPropertyName("fulfillmentOrders")] ShopifyConnection<ShopifyFulfillmentOrder>? FulfillmentOrders);
