using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyProductVariant
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("sku")] public string? Sku { get; init; }
    [JsonPropertyName("barcode")] public string? Barcode { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }

    /// <summary>The Money scalar: a decimal string in the shop currency.</summary>
    [JsonPropertyName("price")] public string? Price { get; init; }

    [JsonPropertyName("inventoryItem")] public ShopifyVariantInventoryItem? InventoryItem { get; init; }
}
