using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyFulfillmentCreatePayload(
    [property: JsonPropertyName("fulfillment")] ShopifyFulfillment? Fulfillment,
    [property: JsonPropertyName("userErrors")] IReadOnlyList<ShopifyUserError>? UserErrors);
