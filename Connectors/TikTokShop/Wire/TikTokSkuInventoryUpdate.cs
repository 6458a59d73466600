using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

internal sealed record TikTokSkuInventoryUpdate(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("inventory")] IReadOnlyList<TikTokSkuInventory> Inventory);
