using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyFulfillmentOrderLineItemsInput(
    [property: JsonPropertyName("fulfillmentOrderId")] string FulfillmentOrderId,
    [property: JsonPropertyName("fulfillmentOrderLineItems")] IReadOnlyList<ShopifyFulfillmentOrderLineItemInput> FulfillmentOrderLineItems);
