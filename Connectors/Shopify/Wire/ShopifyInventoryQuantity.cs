using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyInventoryQuantity(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("quantity")] int Quantity);
