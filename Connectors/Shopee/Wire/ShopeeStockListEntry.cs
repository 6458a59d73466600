using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeStockListEntry(
    [property: JsonPropertyName("model_id")] long ModelId,
    [property: JsonPropertyName("seller_stock")] IReadOnlyList<ShopeeSellerStock> SellerStock);
