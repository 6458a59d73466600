using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyInventorySetQuantitiesData(
    [property: JsonPropertyName("inventorySetQuantities")] ShopifyInventorySetQuantitiesPayload? InventorySetQuantities);
