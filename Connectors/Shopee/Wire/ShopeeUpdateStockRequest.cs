using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>update_stock: one item, 1 to 50 models (model_id 0 for an item without models).</summary>
internal sealed record ShopeeUpdateStockRequest(
    [property: JsonPropertyName("item_id")] long ItemId,
    [property: JsonPropertyName("stock_list")] IReadOnlyList<ShopeeStockListEntry> StockList);
