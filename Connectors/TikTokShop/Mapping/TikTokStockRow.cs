using CrossBorderHub.Connectors.TikTokShop.Wire;

namespace CrossBorderHub.Connectors.TikTokShop.Mapping;

/// <summary>One SKU's stock in one warehouse, with the product's update time (the inventory search carries none).</summary>
internal sealed record TikTokStockRow(string SellerSku, TikTokWarehouseStock Stock, DateTimeOffset UpdatedAt);
