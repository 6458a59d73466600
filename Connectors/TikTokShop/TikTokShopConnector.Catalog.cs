using System.Runtime.CompilerServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Connectors.TikTokShop.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.TikTokShop;

internal sealed partial class TikTokShopConnector
{
    private const string ProductEntity = "product";

    /// <summary>
    /// Products updated since the watermark, found by the products search and each read whole by its detail call (brand,
    /// variant attributes, identifier codes). The search names no sort order, so mid-run checkpoints keep the page token.
    /// </summary>
    public async IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(
        StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var session = TikTokShopSession.Open(account);
        var cursor = new WatermarkCursor(checkpoint, _options.CheckpointOverlap, pagesOrderedByUpdatedAt: false);
        var pull = new RecordPull<JsonElement, TikTokShopSession, CanonicalProduct>(
            Marketplace, ProductEntity, (query, ct) => FetchProductsAsync(session, query, ct), MapProductAsync, IdOf, UpdatedAtOf, record => record.GetRawText())
        {
            Meter = session.Meter,
        };
        await foreach (var page in PullLoop.PullAsync(pull, cursor, logger, cancellationToken))
        {
            yield return page;
        }
    }

    private async Task<FetchedPage<JsonElement, TikTokShopSession>> FetchProductsAsync(TikTokShopSession session, PageQuery query, CancellationToken cancellationToken)
    {
        // update_time_le is inclusive: one second before the cursor's exclusive end.
        var filter = new TikTokProductSearchRequest
        {
            UpdateTimeGe = query.UpdatedFrom?.ToUnixTimeSeconds(),
            UpdateTimeLe = query.UpdatedTo?.ToUnixTimeSeconds() - 1,
        };
        var data = await SearchProductsAsync(session, query.PageToken, filter, cancellationToken);
        var products = data.Products ?? throw _errors.Malformed(session.BaseUrl.Host, "the products search answer has no products list.");
        var next = string.IsNullOrEmpty(data.NextPageToken) ? null : data.NextPageToken;
        return new FetchedPage<JsonElement, TikTokShopSession>(products, session, next, next is not null);
    }

    private Task<TikTokProductSearchData> SearchProductsAsync(
        TikTokShopSession session, string? pageToken, TikTokProductSearchRequest filter, CancellationToken cancellationToken) =>
        CallAsync(session, (store, ct) => api.SearchProductsAsync(_options.ProductsPageSize, pageToken, filter, store, ct), cancellationToken);

    private async ValueTask MapProductAsync(
        JsonElement record, TikTokShopSession session, List<CanonicalProduct> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        var id = IdOf(record) ?? throw new MappingException("The product has no id.");
        var product = await CallAsync(session, (store, ct) => api.GetProductAsync(id, store, ct), cancellationToken);
        if (!string.Equals(product.Id, id, StringComparison.Ordinal))
        {
            throw new MappingException($"The detail of product {id} is product {product.Id ?? "(no id)"}.");
        }

        items.Add(_mapper.Map<CanonicalProduct>(product, o => o.Items[Mapping.TikTokShopProfile.IssuesKey] = issues));
    }
}
