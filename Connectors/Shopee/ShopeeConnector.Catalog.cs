using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Connectors.Shopee.Mapping;
using CrossBorderHub.Connectors.Shopee.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopee;

internal sealed partial class ShopeeConnector
{
    private const string ItemEntity = "item";
    private const string ItemStockEntity = "item stock";

    public IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        PullItemsAsync<CanonicalProduct>(account, checkpoint, ItemEntity, MapProduct, cancellationToken);

    public IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        PullItemsAsync<InventoryLevel>(account, checkpoint, ItemStockEntity, MapStock, cancellationToken);

    internal CanonicalProduct MapProduct(ShopeeCatalogItem item, List<MappingIssue> issues) =>
        mapper.Mapper.Map<CanonicalProduct>(item, o => o.Items[ShopeeMappingContext.Issues] = issues);

    /// <summary>
    /// Items updated in consecutive update_time windows (at most <see cref="ShopeeOptions.CatalogWindow"/> each), every
    /// item status included, page by page: the catalog and the inventory pulls read the same items, each on its own checkpoint.
    /// </summary>
    private async IAsyncEnumerable<SourcePage<T>> PullItemsAsync<T>(
        StoreAccount account,
        string? checkpoint,
        string entity,
        RecordMapper<ShopeeCatalogItem, ShopeeSession, T> map,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var session = ShopeeSession.Open(account);
        var windows = new TimeWindowOptions(time.GetUtcNow() - _options.CatalogBackfill, _options.CatalogWindow, _options.OrdersLag, _options.CheckpointOverlap);
        var cursor = new TimeWindowCursor(checkpoint, windows, time);
        var pull = new RecordPull<ShopeeCatalogItem, ShopeeSession, T>(
            Marketplace,
            entity,
            (query, ct) => FetchItemsAsync(session, query, ct),
            map,
            item => item.Item.ItemId.ToString(CultureInfo.InvariantCulture),
            item => item.Item.UpdateTime > 0 ? UtcTime.FromUnixSeconds(item.Item.UpdateTime) : null,
            item => JsonSerializer.Serialize(item, ShopeeJsonContext.Default.ShopeeCatalogItem))
        {
            Meter = session.Meter,
        };
        await foreach (var page in PullLoop.PullAsync(pull, cursor, logger, cancellationToken))
        {
            yield return page;
        }
    }

    /// <summary>
    /// One get_item_list page of the window, the items' base info in batches, and each item's models. After the first
    /// page the request starts one entry early: if that entry is not the last item read, or total_count moved, an item
    /// changed place while the window was paged (offsets shifted, so one could be skipped) and the window is read again.
    /// </summary>
    private async Task<FetchedPage<ShopeeCatalogItem, ShopeeSession>> FetchItemsAsync(ShopeeSession session, PageQuery query, CancellationToken cancellationToken)
    {
        var from = query.UpdatedFrom!.Value.ToUnixTimeSeconds();
        var to = Math.Max(query.UpdatedTo!.Value.ToUnixTimeSeconds(), from + 1);
        var token = ShopeeItemPageToken.Parse(query.PageToken);
        var overlap = token is { Offset: > 0 } ? 1 : 0;
        var offset = (token?.Offset ?? 0) - overlap;
        var size = Math.Min(_options.ItemListPageSize + overlap, ShopeeConstants.MaxItemListPageSize);
        var list = await CallAsync<ShopeeItemListResponse>(
            session,
            ShopeeConstants.Paths.ItemList,
            store => api.GetItemListAsync(offset, size, ShopeeConstants.ItemStatuses, from, to, store, cancellationToken),
            cancellationToken);
        var entries = list.Item ?? [];
        var shifted = token is not null
            && (token.Total != list.TotalCount || (overlap == 1 && (entries.Count == 0 || entries[0].ItemId != token.LastItemId)));
        var fresh = entries.Skip(overlap).ToList();
        var items = await ReadItemsAsync(session, [.. fresh.Select(i => i.ItemId).Where(id => id > 0).Distinct()], cancellationToken);

        ShopeeItemPageToken? next = null;
        if (shifted && token!.Restarts < ShopeeItemPageToken.MaxRestarts)
        {
            ShopeeLog.ItemWindowChanged(logger, session.Account.Id, token.Total, list.TotalCount);
            next = new ShopeeItemPageToken(0, list.TotalCount, token.Restarts + 1, 0);
        }
        else if (list.HasNextPage && fresh.Count > 0)
        {
            next = new ShopeeItemPageToken(offset + entries.Count, token?.Total ?? list.TotalCount, token?.Restarts ?? 0, fresh[^1].ItemId);
        }

        return new FetchedPage<ShopeeCatalogItem, ShopeeSession>(items, session, next?.ToString(), next is not null);
    }

    /// <summary>get_item_base_info in batches, then get_model_list for each item that has models.</summary>
    private async Task<List<ShopeeCatalogItem>> ReadItemsAsync(ShopeeSession session, List<long> ids, CancellationToken cancellationToken)
    {
        var items = new List<ShopeeCatalogItem>(ids.Count);
        foreach (var batch in ids.Chunk(_options.ItemBaseInfoBatchSize))
        {
            var info = await CallAsync<ShopeeItemBaseInfoResponse>(
                session,
                ShopeeConstants.Paths.ItemBaseInfo,
                store => api.GetItemBaseInfoAsync(string.Join(',', batch), store, cancellationToken),
                cancellationToken);
            foreach (var item in info.ItemList ?? [])
            {
                var models = item.HasModel
                    ? await CallAsync<ShopeeModelListResponse>(
                        session, ShopeeConstants.Paths.ModelList, store => api.GetModelListAsync(item.ItemId, store, cancellationToken), cancellationToken)
                    : null;
                items.Add(new ShopeeCatalogItem(item, models));
            }
        }

        return items;
    }

    private ValueTask MapProduct(ShopeeCatalogItem item, ShopeeSession session, List<CanonicalProduct> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        items.Add(MapProduct(item, issues));
        return ValueTask.CompletedTask;
    }

    private static ValueTask MapStock(ShopeeCatalogItem item, ShopeeSession session, List<InventoryLevel> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        ShopeeInventoryRows.Add(item, items);
        return ValueTask.CompletedTask;
    }
}
