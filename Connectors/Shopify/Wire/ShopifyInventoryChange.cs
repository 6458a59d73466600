using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyInventoryChange(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("delta")] int Delta,
    [property: JsonPropertyName("quantityAfterChange")] int? QuantityAfterChange);
