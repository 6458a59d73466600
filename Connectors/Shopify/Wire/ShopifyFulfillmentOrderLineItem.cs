using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyFulfillmentOrderLineItem(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("remainingQuantity")] int RemainingQuantity,
    [property: JsonPropertyName("lineItem")] ShopifyLineItemReference? LineItem);
