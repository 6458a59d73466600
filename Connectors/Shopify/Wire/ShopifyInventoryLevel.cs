using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyInventoryLevel(
    [property: JsonPropertyName("updatedAt")] DateTimeOffset? UpdatedAt,
    [property: JsonPropertyName("location")] ShopifyLocation? Location,
    [property: JsonPropertyName("quantities")] IReadOnlyList<ShopifyInventoryQuantity>? Quantities);
