using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>A SKU's stock: available (sellable) and committed (ordered, not yet shipped) per warehouse.</summary>
internal sealed record TikTokSkuStock(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("seller_sku")] string? SellerSku,
    [property: JsonPropertyName("total_available_quantity")] int? TotalAvailableQuantity,
    [property: JsonPropertyName("total_committed_quantity")] int? TotalCommittedQuantity,
    [property: JsonPropertyName("warehouse_inventory")] IReadOnlyList<TikTokWarehouseStock>? WarehouseInventory);
