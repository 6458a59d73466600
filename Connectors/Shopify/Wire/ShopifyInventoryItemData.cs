using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>The answer to the follow-up inventoryItem(id) query for the rest of an item's levels.</summary>
internal sealed record ShopifyInventoryItemData(
    [property: JsonPropertyName("inventoryItem")] ShopifyInventoryItemLevelsPage? InventoryItem);
