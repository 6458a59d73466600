using System.Runtime.CompilerServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Connectors.TikTokShop.Mapping;
using CrossBorderHub.Connectors.TikTokShop.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.TikTokShop;

internal sealed partial class TikTokShopConnector
{
    private const string StockEntity = "product stock";

    /// <summary>
    /// Every product's stock, per SKU and warehouse: a products search page, then one inventory search for its product
    /// ids. Sales change stock without changing a product's update_time, so each run reads all products; a failed run
    /// resumes at its page token. Levels carry the product's update_time, so unchanged ones are not written again.
    /// </summary>
    public async IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(
        StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var session = TikTokShopSession.Open(account);
        var cursor = new WatermarkCursor(checkpoint, TimeSpan.Zero, pagesOrderedByUpdatedAt: false);
        var pull = new RecordPull<TikTokStockRecord, TikTokShopSession, InventoryLevel>(
            Marketplace, StockEntity, (query, ct) => FetchStockAsync(session, query, ct), MapStockAsync, r => IdOf(r.Inventory, "product_id"), r => r.UpdatedAt, r => r.Inventory.GetRawText())
        {
            Meter = session.Meter,
        };
        await foreach (var page in PullLoop.PullAsync(pull, cursor, logger, cancellationToken))
        {
            yield return page;
        }
    }

    private async Task<FetchedPage<TikTokStockRecord, TikTokShopSession>> FetchStockAsync(TikTokShopSession session, PageQuery query, CancellationToken cancellationToken)
    {
        var data = await SearchProductsAsync(session, query.PageToken, new TikTokProductSearchRequest(), cancellationToken);
        var products = data.Products ?? throw _errors.Malformed(session.BaseUrl.Host, "the products search answer has no products list.");
        var next = string.IsNullOrEmpty(data.NextPageToken) ? null : data.NextPageToken;
        var updated = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var product in products)
        {
            if (IdOf(product) is { } id)
            {
                updated[id] = UpdatedAtOf(product);
            }
        }

        var records = new List<TikTokStockRecord>();
        if (updated.Count > 0)
        {
            var stock = await CallAsync(session, (store, ct) => api.SearchInventoryAsync(new TikTokInventorySearchRequest([.. updated.Keys], null), store, ct), cancellationToken);
            var entries = stock.Inventory ?? throw _errors.Malformed(session.BaseUrl.Host, "the inventory search answer has no inventory list.");
            records.AddRange(entries.Select(e => new TikTokStockRecord(e, IdOf(e, "product_id") is { } id ? updated.GetValueOrDefault(id) : null)));
        }

        return new FetchedPage<TikTokStockRecord, TikTokShopSession>(records, session, next, next is not null);
    }

    private ValueTask MapStockAsync(
        TikTokStockRecord record, TikTokShopSession session, List<InventoryLevel> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        var inventory = record.Inventory.Deserialize(TikTokShopJsonContext.Default.TikTokProductInventory)
            ?? throw new MappingException("The product stock is null.");
        var updatedAt = record.UpdatedAt ?? throw new MappingException($"Product {inventory.ProductId} was not in the products search page, so its update_time is unknown.");
        foreach (var sku in inventory.Skus ?? [])
        {
            if (string.IsNullOrEmpty(sku.SellerSku))
            {
                throw new MappingException($"SKU {sku.Id} of product {inventory.ProductId} has no seller_sku, so its stock cannot be joined to a listing.");
            }

            foreach (var stock in sku.WarehouseInventory ?? [])
            {
                items.Add(_mapper.Map<InventoryLevel>(new TikTokStockRow(sku.SellerSku, stock, updatedAt), o => o.Items[TikTokShopProfile.IssuesKey] = issues));
            }
        }

        return ValueTask.CompletedTask;
    }
}
