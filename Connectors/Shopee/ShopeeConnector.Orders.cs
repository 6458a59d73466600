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
    private const string OrderEntity = "order";

    public async IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(
        StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var session = ShopeeSession.Open(account);
        var windows = new TimeWindowOptions(time.GetUtcNow() - _options.OrdersBackfill, ShopeeConstants.MaxOrderWindow, _options.OrdersLag, _options.CheckpointOverlap);
        var cursor = new TimeWindowCursor(checkpoint, windows, time);
        var pull = new RecordPull<ShopeeOrder, ShopeeSession, CanonicalOrder>(
            Marketplace,
            OrderEntity,
            (query, ct) => FetchOrdersAsync(session, query, ct),
            MapOrder,
            order => order.OrderSn,
            order => order.UpdateTime > 0 ? UtcTime.FromUnixSeconds(order.UpdateTime) : null,
            order => JsonSerializer.Serialize(order, ShopeeJsonContext.Default.ShopeeOrder))
        {
            Meter = session.Meter,
        };
        await foreach (var page in PullLoop.PullAsync(pull, cursor, logger, cancellationToken))
        {
            yield return page;
        }
    }

    /// <summary>One get_order_list page of the window, then the detail of its orders in batches of at most 50.</summary>
    private async Task<FetchedPage<ShopeeOrder, ShopeeSession>> FetchOrdersAsync(ShopeeSession session, PageQuery query, CancellationToken cancellationToken)
    {
        var from = query.UpdatedFrom!.Value.ToUnixTimeSeconds();

        // Shopee wants time_from < time_to in whole seconds; the run's last window may be shorter than a second.
        var to = Math.Max(query.UpdatedTo!.Value.ToUnixTimeSeconds(), from + 1);
        var list = await CallAsync<ShopeeOrderListResponse>(
            session,
            ShopeeConstants.Paths.OrderList,
            store => api.GetOrderListAsync(ShopeeConstants.UpdateTimeField, from, to, _options.OrderListPageSize, query.PageToken ?? "", null, store, cancellationToken),
            cancellationToken);
        var numbers = (list.OrderList ?? []).Select(o => o.OrderSn).OfType<string>().Where(sn => sn.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var orders = new List<ShopeeOrder>(numbers.Count);
        foreach (var batch in numbers.Chunk(_options.OrderDetailBatchSize))
        {
            var detail = await CallAsync<ShopeeOrderDetailResponse>(
                session,
                ShopeeConstants.Paths.OrderDetail,
                store => api.GetOrderDetailAsync(string.Join(',', batch), ShopeeConstants.OrderDetailOptionalFields, store, cancellationToken),
                cancellationToken);
            var found = detail.OrderList ?? [];
            foreach (var missing in batch.Except(found.Select(o => o.OrderSn).OfType<string>(), StringComparer.Ordinal))
            {
                ShopeeLog.OrderDetailMissing(logger, missing);
            }

            orders.AddRange(found);
        }

        var next = string.IsNullOrEmpty(list.NextCursor) ? null : list.NextCursor;
        return new FetchedPage<ShopeeOrder, ShopeeSession>(orders, session, next, list.More && next is not null);
    }

    private ValueTask MapOrder(ShopeeOrder order, ShopeeSession session, List<CanonicalOrder> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        items.Add(MapOrder(order, issues));
        return ValueTask.CompletedTask;
    }

    internal CanonicalOrder MapOrder(ShopeeOrder order, List<MappingIssue> issues) =>
        mapper.Mapper.Map<CanonicalOrder>(order, o => o.Items[ShopeeMappingContext.Issues] = issues);
}
