using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyFulfillmentCreateData(
    [property: JsonPropertyName("fulfillmentCreate")] ShopifyFulfillmentCreatePayload? FulfillmentCreate);
