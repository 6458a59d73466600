using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyInventoryItemLevelsPage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("inventoryLevels")] ShopifyConnection<ShopifyInventoryLevel> InventoryLevels);
