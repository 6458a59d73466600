using System.Text.Json;
using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Amazon;

internal sealed partial class AmazonConnector
{
    /// <summary>Buyer name and the street lines of the shipping address come only with a Restricted Data Token.</summary>
    private static readonly string[] OrderPersonalData = ["buyerInfo", "shippingAddress"];

    /// <summary>getOrders refuses a LastUpdatedBefore less than two minutes before now.</summary>
    private static readonly TimeSpan V0SettleTime = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Orders API v0, for stores whose sellers or regions are not on 2026-01-01 yet: getOrders pages the orders and
    /// getOrderItems (its own NextToken) fetches each order's items; both map to the same canonical order. getOrders is
/// called with a Restricted Data Token where the seller granted the role, for buyer names and street addresses.
    /// </summary>
    private IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersV0Async(
        AmazonRequestContext store, AmazonSettings settings, WatermarkCursor cursor, ThrottleMeter meter, CancellationToken cancellationToken)
    {
        var orders = store.For(AmazonConstants.Operations.GetOrders);
        var items = store.For(AmazonConstants.Operations.GetOrderItems);
        var pull = new RecordPull<JsonElement, AmazonRequestContext, CanonicalOrder>(
            Marketplace,
            OrderEntity,
            (query, token) => GetOrdersPageAsync(orders, settings, query, token),
            async (node, _, mapped, issues, token) =>
            {
                var order = node.Deserialize(AmazonJsonContext.Default.AmazonOrderV0) ?? throw new MappingException("The order is null.");
                var id = order.AmazonOrderId is { Length: > 0 } value ? value : throw new MappingException("AmazonOrderId is missing.");
                var lines = await OrderItemsAsync(items, id, token);
                mapped.Add(MapOrder(new AmazonOrderV0WithItems(order, lines), issues));
            },
            node => Text(node, "AmazonOrderId"),
            node => Time(node, "LastUpdateDate"),
            node => node.GetRawText())
        {
            Meter = meter,
        };
        return PullLoop.PullAsync(pull, cursor, logger, cancellationToken);
    }

    private async Task<FetchedPage<JsonElement, AmazonRequestContext>> GetOrdersPageAsync(
        AmazonRequestContext store, AmazonSettings settings, PageQuery query, CancellationToken cancellationToken)
    {
        // Without the restricted role the orders still sync, with buyer name and street lines left empty.
        store = store with { RestrictedDataToken = await restrictedData.ForAsync(store, AmazonConstants.GetOrdersPath, OrderPersonalData, cancellationToken) };
        var now = time.GetUtcNow();
        var since = query.UpdatedFrom ?? now - _options.InitialLookback;
        var before = now - V0SettleTime;
        var answer = query.PageToken is { } token
            ? await SendAsync(() => api.GetOrdersAsync(settings.MarketplaceIds, null, null, null, token, store, cancellationToken), store, cancellationToken)
            : await SendAsync(
                () => api.GetOrdersAsync(settings.MarketplaceIds, Timestamp(since), since < before ? Timestamp(before) : null, _options.OrdersPageSize, null, store, cancellationToken),
                store,
                cancellationToken);
        if (answer.Payload?.Orders is not { } orders)
        {
            throw _failures.Malformed(store.BaseUrl.Host, "getOrders answered without payload.Orders.");
        }

        var next = answer.Payload.NextToken;
        return new FetchedPage<JsonElement, AmazonRequestContext>(orders, store, next, !string.IsNullOrEmpty(next));
    }

    /// <summary>Every item of one order, following getOrderItems' NextToken to the end.</summary>
    private async Task<List<AmazonOrderItemV0>> OrderItemsAsync(AmazonRequestContext store, string orderId, CancellationToken cancellationToken)
    {
        var items = new List<AmazonOrderItemV0>();
        string? next = null;
        do
        {
            var token = next;
            var answer = await SendAsync(() => api.GetOrderItemsAsync(orderId, token, store, cancellationToken), store, cancellationToken);
            if (answer.Payload?.OrderItems is not { } page)
            {
                throw _failures.Malformed(store.BaseUrl.Host, $"getOrderItems for {orderId} answered without payload.OrderItems.");
            }

            items.AddRange(page);
            next = answer.Payload.NextToken;
        }
        while (!string.IsNullOrEmpty(next));

        return items;
    }
}
