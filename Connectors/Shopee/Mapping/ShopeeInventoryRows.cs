using CrossBorderHub.Connectors.Shopee.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopee.Mapping;

/// <summary>
/// An item's stock as canonical rows: one per model and location. seller_stock is the seller's own (what update_stock
/// sets; a location not saleable, or a deleted item, offers nothing), shopee_stock is held in Shopee's warehouses. A shop without
/// warehouses sends no location_id: its rows sit at "seller" and "shopee".
/// </summary>
internal static class ShopeeInventoryRows
{
    public static void Add(ShopeeCatalogItem source, List<InventoryLevel> rows)
    {
        var updatedAt = ShopeeCatalogProfile.UpdatedAt(source.Item);
        var before = rows.Count;

        // A deleted listing sells nothing, whatever stock it still shows.
        var deleted = source.Item.ItemStatus is "SELLER_DELETE" or "SHOPEE_DELETE";
        foreach (var (_, sku, stock) in ShopeeCatalogProfile.Models(source))
        {
            if (sku is null)
            {
                continue;
            }

            var seller = stock?.SellerStock ?? [];
            foreach (var level in seller)
            {
                var units = Units(level.Stock, "seller_stock.stock");
                rows.Add(Row(sku, Location(level.LocationId, ShopeeConstants.SellerStockLocation), LocationKind.OwnWarehouse, deleted || level.IfSaleable == false ? 0 : units, units, updatedAt));
            }

            foreach (var level in stock?.ShopeeStock ?? [])
            {
                var units = Units(level.Stock ?? 0, "shopee_stock.stock");
                rows.Add(Row(sku, Location(level.LocationId, ShopeeConstants.ShopeeStockLocation), LocationKind.MarketplaceFulfilled, deleted ? 0 : units, units, updatedAt));
            }

            if (seller.Count == 0 && stock?.ShopeeStock is not { Count: > 0 })
            {
                rows.Add(Row(sku, ShopeeConstants.SellerStockLocation, LocationKind.OwnWarehouse, deleted ? 0 : Units(stock?.SummaryInfo?.TotalAvailableStock ?? 0, "total_available_stock"), null, updatedAt));
            }
        }

        if (rows.Count == before)
        {
            throw new MappingException("No model of the item has a SKU, so its stock cannot be joined to a listing.");
        }
    }

    private static InventoryLevel Row(string sku, string location, LocationKind kind, int available, int? onHand, DateTimeOffset updatedAt) => new()
    {
        Sku = sku,
        LocationId = location,
        LocationKind = kind,
        Available = available,
        OnHand = onHand,
        UpdatedAt = updatedAt,
    };

    private static string Location(string? id, string fallback) => string.IsNullOrWhiteSpace(id) ? fallback : id;

    private static int Units(int? stock, string field) =>
        stock is { } units && units >= 0 ? units : throw new MappingException($"{field} is missing or negative.");
}
