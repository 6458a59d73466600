using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyInventoryItemMeasurement(
    [property: JsonPropertyName("weight")] ShopifyWeight? Weight);
