using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>A product's stock in an inventory search answer.</summary>
internal sealed record TikTokProductInventory(
    [property: JsonPropertyName("product_id")] string? ProductId,
    [property: JsonPropertyName("skus")] IReadOnlyList<TikTokSkuStock>? Skus);
