using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>Stock of a SKU in one warehouse, as the product APIs carry it and the inventory update sets it.</summary>
internal sealed record TikTokSkuInventory(
    [property: JsonPropertyName("warehouse_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WarehouseId,
    [property: JsonPropertyName("quantity")] int Quantity);
