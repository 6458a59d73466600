using CrossBorderHub.Connectors.Shopee.Wire;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>Where a SKU sits on Shopee: its item, its model (0 for an item without models) and that model's stock now.</summary>
internal sealed record ShopeeListing(long ItemId, long ModelId, ShopeeStockInfo? Stock);
