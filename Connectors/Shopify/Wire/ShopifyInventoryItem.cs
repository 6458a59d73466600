using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>InventoryItem, as selected by <c>InventoryItemsQuery</c>.</summary>
internal sealed record ShopifyInventoryItem
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("sku")] public string? Sku { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset UpdatedAt { get; init; }
    [JsonPropertyName("inventoryLevels")] public ShopifyConnection<ShopifyInventoryLevel>? InventoryLevels { get; init; }
}
