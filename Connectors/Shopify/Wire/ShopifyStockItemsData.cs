using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>Inventory items found by SKU, with their levels, as <c>InventoryItemsBySkuQuery</c> selects them.</summary>
internal sealed record ShopifyStockItemsData(
    [property: JsonPropertyName("inventoryItems")] ShopifyConnection<ShopifyInventoryItem> InventoryItems);
