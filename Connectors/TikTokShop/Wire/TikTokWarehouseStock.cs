using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

internal sealed record TikTokWarehouseStock(
    [property: JsonPropertyName("warehouse_id")] string? WarehouseId,
    [property: JsonPropertyName("available_quantity")] int? AvailableQuantity,
    [property: JsonPropertyName("committed_quantity")] int? CommittedQuantity);
