using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyInventoryItemsData(
    [property: JsonPropertyName("inventoryItems")] ShopifyConnection<JsonElement> InventoryItems);
