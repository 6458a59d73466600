using System.Text.Json;
using CrossBorderHub.Connectors.TikTokShop.Wire;

namespace CrossBorderHub.Connectors.TikTokShop;

internal sealed partial class TikTokShopConnector
{
    /// <summary>TikTok's bounds on one warehouse's quantity in an inventory update.</summary>
    private const int MaxQuantity = 99_998;

    /// <summary>
    /// Sets available stock. TikTok addresses stock by its own product and SKU ids, so each seller SKU is first looked up
    /// with the products search's seller_skus filter (which also gives the SKU's warehouses); the location is the
    /// warehouse id, and may be left out for a SKU stocked in one warehouse. Then one inventory update per product sets
    /// the absolute quantities. Read fresh on every attempt, so a retry never acts on a stale id.
    /// </summary>
    public async Task<PushResult> SetStockAsync(StoreAccount account, IReadOnlyList<StockUpdate> updates, Guid commandId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var session = TikTokShopSession.Open(account);
        var skus = await FindSkusAsync(session, [.. updates.Select(u => u.Sku).Distinct(StringComparer.Ordinal)], cancellationToken);
        var byProduct = updates
            .Select(u => (Update: u, Found: skus[u.Sku]))
            .GroupBy(x => x.Found.ProductId, StringComparer.Ordinal);
        foreach (var product in byProduct)
        {
            var request = new TikTokInventoryUpdateRequest([.. product
                .GroupBy(x => x.Found.SkuId, StringComparer.Ordinal)
                .Select(sku => new TikTokSkuInventoryUpdate(sku.Key, [.. sku.Select(x => new TikTokSkuInventory(Warehouse(x.Update, x.Found), Quantity(x.Update)))]))]);
            var data = await CallAsync(session, (store, ct) => api.UpdateInventoryAsync(product.Key, request, store, true, ct), cancellationToken);
            if (data.Errors is { Count: > 0 } errors)
            {
                throw Rejected(CodeOf(errors[0]), $"TikTok Shop did not update stock of product {product.Key}: {MarketplaceException.Bound(string.Join("; ", errors.Select(e => e.GetRawText())), 400)}");
            }

            TikTokShopLog.StockSet(logger, product.Key, request.Skus.Sum(s => s.Inventory.Count));
        }

        var products = byProduct.Select(p => p.Key).ToList();
        return new PushResult(string.Join(',', products), $"Set {updates.Count} stock levels of {products.Count} TikTok Shop products.");
    }

    /// <summary>Each seller SKU's product, SKU id and warehouses; a SKU missing, or found in two products, is refused.</summary>
    private async Task<Dictionary<string, TikTokSkuLocation>> FindSkusAsync(TikTokShopSession session, List<string> sellerSkus, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, TikTokSkuLocation>(StringComparer.Ordinal);
        var wanted = sellerSkus.ToHashSet(StringComparer.Ordinal);
        string? pageToken = null;
        do
        {
            var data = await SearchProductsAsync(session, pageToken, new TikTokProductSearchRequest { SellerSkus = sellerSkus }, cancellationToken);
            foreach (var raw in data.Products ?? [])
            {
                var product = raw.Deserialize(TikTokShopJsonContext.Default.TikTokProduct);
                foreach (var sku in product?.Skus ?? [])
                {
                    if (product!.Id is not { Length: > 0 } productId || sku.Id is not { Length: > 0 } skuId || sku.SellerSku is not { } sellerSku || !wanted.Contains(sellerSku))
                    {
                        continue;
                    }

                    var location = new TikTokSkuLocation(productId, skuId, [.. (sku.Inventory ?? []).Select(i => i.WarehouseId).OfType<string>()]);
                    if (found.TryGetValue(sellerSku, out var other) && other.SkuId != skuId)
                    {
                        throw Rejected(null, $"Seller SKU '{MarketplaceException.Bound(sellerSku, 100)}' is on two TikTok Shop SKUs ({other.SkuId}, {skuId}); stock cannot be set by it.");
                    }

                    found[sellerSku] = location;
                }
            }

            pageToken = string.IsNullOrEmpty(data.NextPageToken) ? null : data.NextPageToken;
        }
        while (pageToken is not null);

        var missing = sellerSkus.Where(s => !found.ContainsKey(s)).ToList();
        return missing.Count == 0
            ? found
            : throw Rejected(null, $"TikTok Shop has no SKU with seller SKU {MarketplaceException.Bound(string.Join(", ", missing.Select(s => $"'{s}'")), 300)} in shop {session.Settings.ShopId}.");
    }

    private string? Warehouse(StockUpdate update, TikTokSkuLocation sku)
    {
        if (update.LocationId is { Length: > 0 } warehouse)
        {
            return sku.Warehouses.Contains(warehouse, StringComparer.Ordinal)
                ? warehouse
                : throw Rejected(null, $"SKU '{MarketplaceException.Bound(update.Sku, 100)}' is not stocked in TikTok Shop warehouse '{MarketplaceException.Bound(warehouse, 100)}' (it is in {string.Join(", ", sku.Warehouses)}).");
        }

        return sku.Warehouses.Count <= 1
            ? (sku.Warehouses.Count == 1 ? sku.Warehouses[0] : null)
            : throw Rejected(null, $"SKU '{MarketplaceException.Bound(update.Sku, 100)}' is stocked in {sku.Warehouses.Count} TikTok Shop warehouses; name one as the location.");
    }

    private int Quantity(StockUpdate update) =>
        update.Available is >= 0 and <= MaxQuantity
            ? update.Available
            : throw Rejected(null, $"TikTok Shop takes stock quantities from 0 to {MaxQuantity}, not {update.Available} (SKU '{MarketplaceException.Bound(update.Sku, 100)}').");

    private static string? CodeOf(JsonElement error) =>
        error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var code) ? code.ToString() : null;
}
