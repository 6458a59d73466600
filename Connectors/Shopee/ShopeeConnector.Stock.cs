using System.Globalization;
using CrossBorderHub.Connectors.Shopee.Wire;

namespace CrossBorderHub.Connectors.Shopee;

internal sealed partial class ShopeeConnector
{
    /// <summary>Statuses whose stock update_stock accepts: deleted items are not looked at.</summary>
    private static readonly string[] EditableStatuses = ["NORMAL", "UNLIST", "REVIEWING", "BANNED"];

    /// <summary>
    /// Sets seller stock with update_stock, one call per item (up to 50 models each). Shopee has no lookup by model SKU,
    /// so each SKU is found by walking get_item_list (editable statuses, no time filter) with the items' base info and
    /// model lists until every SKU asked for is found; a shop whose SKUs repeat gets the first listing found. The value set
    /// is absolute, so a call repeated after a lost answer sets the same value again. A model Shopee refuses (failure_list:
    /// below the promotion reserve, a location that does not match the shop's) fails the command with each refusal named,
    /// after the other models were set.
    /// </summary>
    public async Task<PushResult> SetStockAsync(StoreAccount account, IReadOnlyList<StockUpdate> updates, Guid commandId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var session = ShopeeSession.Open(account);
        var listings = await FindSkusAsync(session, updates.Select(u => u.Sku).ToHashSet(StringComparer.Ordinal), cancellationToken);
        var requests = StockRequests(updates, listings);

        var references = new List<string>();
        var failures = new List<string>();
        var set = 0;
        foreach (var (itemId, entries) in requests)
        {
            foreach (var chunk in entries.Chunk(ShopeeConstants.MaxStockListEntries))
            {
                var request = new ShopeeUpdateStockRequest(itemId, chunk);
                var envelope = await CallEnvelopeAsync<ShopeeUpdateStockResponse>(
                    session,
                    ShopeeConstants.Paths.UpdateStock,
                    store => api.UpdateStockAsync(request, store, true, cancellationToken),
                    cancellationToken,
                    answeredError: ShopeeConstants.Errors.UpdateStockFailed);
                references.Add(envelope.RequestId ?? "");
                set += envelope.Response?.SuccessList?.Select(s => s.ModelId).Distinct().Count() ?? 0;
                failures.AddRange((envelope.Response?.FailureList ?? []).Select(f =>
                    $"SKU '{SkuOf(listings, itemId, f.ModelId)}' (item {itemId}, model {f.ModelId}): {f.FailedReason}"));
            }
        }

        var reference = string.Join(',', references.Where(r => r.Length > 0));
        if (failures.Count > 0)
        {
            throw new MarketplaceException(
                MarketplaceFailureKind.Rejected,
                Marketplace,
                ShopeeConstants.Errors.UpdateStockFailed,
                $"Shopee set {set} of {set + failures.Count} models and refused {string.Join("; ", failures)}");
        }

        return new PushResult(
            reference.Length > 0 ? reference : null,
            string.Create(CultureInfo.InvariantCulture, $"Seller stock set for {updates.Count} SKUs on {requests.Count} items: {string.Join(", ", updates.Select(u => $"{u.Sku}={u.Available}"))}."));
    }

    /// <summary>The update_stock bodies: per item, per model, the seller stock per location.</summary>
    private List<(long ItemId, List<ShopeeStockListEntry> Entries)> StockRequests(IReadOnlyList<StockUpdate> updates, Dictionary<string, ShopeeListing> listings)
    {
        var byItem = new Dictionary<long, Dictionary<long, List<ShopeeSellerStock>>>();
        foreach (var update in updates)
        {
            if (!listings.TryGetValue(update.Sku, out var listing))
            {
                throw new MarketplaceException(MarketplaceFailureKind.Rejected, Marketplace, ShopeeConstants.Errors.ItemNotFound, $"No Shopee item or model of this shop has SKU '{update.Sku}'.");
            }

            if (update.Available < 0)
            {
                throw new MarketplaceException(MarketplaceFailureKind.Rejected, Marketplace, ShopeeConstants.Errors.Param, $"SKU '{update.Sku}': stock cannot be negative.");
            }

            var models = byItem.TryGetValue(listing.ItemId, out var m) ? m : byItem[listing.ItemId] = [];
            var stocks = models.TryGetValue(listing.ModelId, out var s) ? s : models[listing.ModelId] = [];
            stocks.Add(new ShopeeSellerStock(LocationFor(update, listing), update.Available));
        }

        return [.. byItem.Select(i => (i.Key, i.Value.Select(m => new ShopeeStockListEntry(m.Key, m.Value)).ToList()))];
    }

    /// <summary>
    /// The location_id to send: none for a shop without warehouses (its stock sits at "seller"), else the one named, or
    /// the only one the model is stocked at. Shopee's own warehouse stock is not the seller's to set.
    /// </summary>
    private string? LocationFor(StockUpdate update, ShopeeListing listing)
    {
        var seller = listing.Stock?.SellerStock?.Select(s => string.IsNullOrWhiteSpace(s.LocationId) ? null : s.LocationId).ToList() ?? [];
        var warehouses = seller.OfType<string>().ToList();
        var shopee = listing.Stock?.ShopeeStock?.Select(s => string.IsNullOrWhiteSpace(s.LocationId) ? ShopeeConstants.ShopeeStockLocation : s.LocationId).ToHashSet(StringComparer.Ordinal) ?? [];
        if (update.LocationId is { } named && shopee.Contains(named) && !warehouses.Contains(named))
        {
            throw new MarketplaceException(MarketplaceFailureKind.Rejected, Marketplace, ShopeeConstants.Errors.Param, $"SKU '{update.Sku}': location {named} is Shopee's warehouse stock, which the seller cannot set.");
        }

        if (warehouses.Count == 0)
        {
            return update.LocationId is null or ShopeeConstants.SellerStockLocation
                ? null
                : throw new MarketplaceException(MarketplaceFailureKind.Rejected, Marketplace, ShopeeConstants.Errors.Param, $"SKU '{update.Sku}' is stocked without a warehouse (location {ShopeeConstants.SellerStockLocation}), not at {update.LocationId}.");
        }

        if (update.LocationId is null or ShopeeConstants.SellerStockLocation)
        {
            return warehouses.Count == 1
                ? warehouses[0]
                : throw new MarketplaceException(MarketplaceFailureKind.Rejected, Marketplace, ShopeeConstants.Errors.Param, $"SKU '{update.Sku}' is stocked at {warehouses.Count} warehouses; name the location.");
        }

        return warehouses.Contains(update.LocationId)
            ? update.LocationId
            : throw new MarketplaceException(MarketplaceFailureKind.Rejected, Marketplace, ShopeeConstants.Errors.Param, $"SKU '{update.Sku}' is not stocked at location {update.LocationId}.");
    }

    /// <summary>Walks the shop's editable items until every SKU is found; the first listing found with a SKU is kept.</summary>
    private async Task<Dictionary<string, ShopeeListing>> FindSkusAsync(ShopeeSession session, HashSet<string> wanted, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ShopeeListing>(StringComparer.Ordinal);
        long offset = 0;
        while (found.Count < wanted.Count)
        {
            var start = offset;
            var list = await CallAsync<ShopeeItemListResponse>(
                session,
                ShopeeConstants.Paths.ItemList,
                store => api.GetItemListAsync(start, ShopeeConstants.MaxItemListPageSize, EditableStatuses, null, null, store, cancellationToken),
                cancellationToken);
            var ids = (list.Item ?? []).Select(i => i.ItemId).Where(id => id > 0).Distinct().ToList();
            foreach (var item in await ReadItemsAsync(session, ids, cancellationToken))
            {
                // An item whose models could not be read cannot hold the SKU as far as this lookup can tell.
                var models = item.Item.HasModel && item.Models?.Model is not { Count: > 0 } ? [] : ShopeeCatalogProfile.Models(item);
                foreach (var (modelId, sku, stock) in models)
                {
                    if (sku is not null && wanted.Contains(sku))
                    {
                        found.TryAdd(sku, new ShopeeListing(item.Item.ItemId, modelId, stock));
                    }
                }
            }

            if (!list.HasNextPage || list.NextOffset <= offset)
            {
                break;
            }

            offset = list.NextOffset;
        }

        return found;
    }

    private static string SkuOf(Dictionary<string, ShopeeListing> listings, long itemId, long modelId) =>
        listings.FirstOrDefault(l => l.Value.ItemId == itemId && l.Value.ModelId == modelId).Key ?? "?";
}
