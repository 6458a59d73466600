using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Pulling;

namespace CrossBorderHub.Connectors.Ebay;

internal sealed partial class EbayConnector
{
    /// <summary>
    /// The Inventory API has no modified-since filter, so catalog and inventory pulls sweep every inventory item on
    /// each run, page by page. The checkpoint keeps the next page's offset while a sweep is under way (a failed run
    /// resumes there) and drops it once the last page is read; the hub's store recognises what did not change (same
    /// content, same <see cref="EbayConstants.Undated"/> updated-at) and writes only what did.
    /// </summary>
    private static StreamCursor SweepCursor(string? checkpoint) =>
        new(EbaySweepCheckpoint.Parse(checkpoint).Offset ?? 0, null, progress => new EbaySweepCheckpoint(progress.Done ? null : progress.Position).ToString());

    private async Task<FetchedPage<JsonElement, EbayRequestContext>> FetchInventoryItemsAsync(
        EbayRequestContext store, PageQuery query, CancellationToken cancellationToken)
    {
        var offset = query.PageToken ?? "0";
        using var response = await SendAsync(
            () => inventory.GetInventoryItemsAsync(_options.InventoryPageSize, offset, store, cancellationToken), store, cancellationToken);
        if (response.Content?.InventoryItems is not { } items)
        {
            // An account without inventory items answers without the array.
            if (response.Content is { Total: 0 } or { InventoryItems: null, Next: null, Href: not null })
            {
                return new FetchedPage<JsonElement, EbayRequestContext>([], store, null, false);
            }

            throw _failures.Malformed(store.ApiBase.Host, $"the body is not an inventory item page ({ReasonOf(response.Error)}).");
        }

        EbayLog.InventoryPage(logger, store.ToString(), offset, items.Count, response.Content.Total);
        var next = response.Content.Next is { } href && items.Count > 0 ? OffsetOf(href, store) : null;
        return new FetchedPage<JsonElement, EbayRequestContext>(items, store, next, next is not null);
    }

    /// <summary>
    /// The offset in a <c>next</c> href. The contract calls getInventoryItems' offset a page number while other lists
    /// use a record offset; eBay writes it into <c>next</c> either way, so it is taken from there rather than computed.
    /// </summary>
    private string OffsetOf(string href, EbayRequestContext store)
    {
        var query = Uri.TryCreate(href, UriKind.RelativeOrAbsolute, out var uri)
            ? (uri.IsAbsoluteUri ? uri.Query : href[Math.Max(0, href.IndexOf('?', StringComparison.Ordinal))..])
            : "";
        return long.TryParse(System.Web.HttpUtility.ParseQueryString(query)["offset"], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                ? offset.ToString(CultureInfo.InvariantCulture)
                : throw _failures.Malformed(store.ApiBase.Host, $"the next href '{MarketplaceException.Bound(href, 200)}' has no numeric offset.");
    }

    private static string? SkuOf(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("sku", out var sku) && sku.ValueKind == JsonValueKind.String
            ? sku.GetString()
            : null;
}
