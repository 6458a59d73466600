using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Mapping;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Ebay;

internal sealed partial class EbayConnector
{
    private const string OrderEntity = "order";

    /// <summary>
    /// Orders on the kit's <see cref="TimeWindowCursor"/>: getOrders filters lastmodifieddate by a closed range
    /// <c>[from..to]</c> and pages by offset, in an order eBay does not document as lastmodifieddate order. Offsets are only
    /// stable while the matching set is, so each query is a bounded window that ends before the run began (orders
    /// changing later fall out of it rather than shifting ahead of the offset), the checkpoint keeps window and offset
    /// so a failed run resumes inside it, and a later run re-reads <see cref="EbayOptions.OrdersOverlap"/> of the last window.
    /// </summary>
    public async IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(
        StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var meter = new ThrottleMeter();
        var store = EbayStoreAccount.Context(account) with { Meter = meter };
        var windows = new TimeWindowOptions(
            time.GetUtcNow().AddDays(-_options.BackfillDays), _options.OrdersWindow, _options.OrdersLag, Min(_options.OrdersOverlap, _options.OrdersWindow / 2));
        var cursor = new TimeWindowCursor(checkpoint, windows, time);
        var pull = new RecordPull<JsonElement, string, CanonicalOrder>(
            Marketplace,
            OrderEntity,
            (query, token) => FetchOrdersAsync(store, query, token),
            MapOrder,
            IdOf,
            UpdatedAtOf,
            node => node.GetRawText())
        {
            Meter = meter,
        };

        await foreach (var page in PullLoop.PullAsync(pull, cursor, logger, cancellationToken))
        {
            yield return page;
        }
    }

    /// <summary>The filter for one window, e.g. <c>lastmodifieddate:[2024-01-01T00:00:00.000Z..2024-01-02T00:00:00.000Z]</c>.</summary>
    internal static string LastModifiedFilter(DateTimeOffset? from, DateTimeOffset? to) =>
        $"lastmodifieddate:[{Stamp(from)}..{Stamp(to)}]";

    private static string Stamp(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) ?? "";

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private async Task<FetchedPage<JsonElement, string>> FetchOrdersAsync(EbayRequestContext store, PageQuery query, CancellationToken cancellationToken)
    {
        var offset = query.PageToken is null ? 0 : int.Parse(query.PageToken, NumberStyles.None, CultureInfo.InvariantCulture);
        var filter = LastModifiedFilter(query.UpdatedFrom, query.UpdatedTo);
        using var response = await SendAsync(() => api.GetOrdersAsync(filter, _options.OrdersPageSize, offset, store, cancellationToken), store, cancellationToken);
        if (response.Content?.Orders is not { } orders)
        {
            throw _failures.Malformed(store.ApiBase.Host, response.Content is null
                ? $"the body is not an order page ({ReasonOf(response.Error)})."
                : "the order page has no orders array.");
        }

        EbayLog.OrdersPage(logger, store.ToString(), filter, offset, orders.Count, response.Content.Total);
        var hasMore = response.Content.Next is not null && orders.Count > 0;
        var next = (offset + orders.Count).ToString(CultureInfo.InvariantCulture);
        return new FetchedPage<JsonElement, string>(orders, store.StoreId.ToString("N"), hasMore ? next : null, hasMore);
    }

    private ValueTask MapOrder(JsonElement node, string storeKey, List<CanonicalOrder> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        var order = node.Deserialize(EbayJsonContext.Default.EbayOrder) ?? throw new MappingException("The order is null.");
        items.Add(MapOrder(order, issues));
        return ValueTask.CompletedTask;
    }

    /// <summary>One wire order to the canonical order, adding any status value the table does not know to <paramref name="issues"/>.</summary>
    internal CanonicalOrder MapOrder(EbayOrder order, List<MappingIssue> issues)
    {
        if (string.IsNullOrEmpty(order.OrderId))
        {
            throw new MappingException("The order has no orderId.");
        }

        var currency = EbayProfile.CurrencyOf(order);
        return _mapper.Map<CanonicalOrder>(order, o =>
        {
            o.Items[EbayMappingContext.Issues] = issues;
            o.Items[EbayMappingContext.Currency] = currency;
        });
    }

    private static string? IdOf(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("orderId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static DateTimeOffset? UpdatedAtOf(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object
        && node.TryGetProperty("lastModifiedDate", out var value)
        && value.ValueKind == JsonValueKind.String
        && value.TryGetDateTimeOffset(out var updatedAt)
            ? updatedAt
            : null;
}
