using System.Runtime.CompilerServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    private const string OrderEntity = "order";

    public async IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(
        StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lineItems = _options.OrderLineItemsPageSize;
        var first = OrdersQuery.PageSize(_options.MaxOrdersPageSize, lineItems);
        var store = ShopifyStoreAccount.Context(account, OrdersQuery.RequestedCost(first, lineItems));
        var since = ShopifyCheckpoint.Parse(checkpoint).UpdatedAt;
        var filter = UpdatedAtFilter(since - _options.CheckpointOverlap);
        var newest = since;
        string? after = null;
        bool more;
        do
        {
            var request = new ShopifyGraphQLRequest(OrdersQuery.Document, new Dictionary<string, object?>
            {
                ["first"] = first,
                ["after"] = after,
                ["query"] = filter,
                ["lineItems"] = lineItems,
            });
            var data = await SendAsync(_api.OrdersAsync, request, store, cancellationToken);
            var items = new List<CanonicalOrder>(data.Orders.Edges.Count);
            var quarantined = new List<QuarantinedRecord>();
            var issues = new List<MappingIssue>();
            foreach (var edge in data.Orders.Edges)
            {
                var node = edge.Node;
                newest = Max(newest, node);
                var id = IdOf(node);
                try
                {
                    var order = node.Deserialize(ShopifyJsonContext.Default.ShopifyOrder) ?? throw new MappingException("The order node is null.");
                    if (string.IsNullOrEmpty(order.Id))
                    {
                        throw new MappingException("The order has no id.");
                    }

                    order = await WithAllLineItemsAsync(order, store, cancellationToken);
                    var orderIssues = new List<MappingIssue>();
                    items.Add(Map<CanonicalOrder>(order, orderIssues));
                    issues.AddRange(orderIssues);
                }
                catch (Exception e) when (IsRecordFault(e))
                {
                    Quarantine(quarantined, OrderEntity, id, node, $"Order could not be mapped: {ReasonOf(e)}");
                }
            }

            var next = new ShopifyCheckpoint(newest).ToString();
            ShopifyLog.PageMapped(_logger, OrderEntity, items.Count, quarantined.Count, next);
            yield return new SourcePage<CanonicalOrder>(items, quarantined, issues, next);
            more = data.Orders.PageInfo.HasNextPage;
            after = data.Orders.PageInfo.EndCursor;
        }
        while (more && after is not null);
    }

    /// <summary>An order with more line items than the first page gets the rest by follow-up queries, never truncated.</summary>
    private async Task<ShopifyOrder> WithAllLineItemsAsync(ShopifyOrder order, Http.ShopifyRequestContext store, CancellationToken cancellationToken)
    {
        if (order.LineItems is not { PageInfo.HasNextPage: true } firstPage)
        {
            return order;
        }

        ShopifyLog.FetchingMoreLineItems(_logger, order.Id!);
        var edges = new List<ShopifyEdge<ShopifyLineItem>>(firstPage.Edges);
        var pageInfo = firstPage.PageInfo;
        var size = _options.OrderLineItemsFollowUpPageSize;
        var followUp = store with { RequestedCost = OrderLineItemsQuery.RequestedCost(size) };
        while (pageInfo.HasNextPage)
        {
            var request = new ShopifyGraphQLRequest(OrderLineItemsQuery.Document, new Dictionary<string, object?>
            {
                ["id"] = order.Id,
                ["first"] = size,
                ["after"] = pageInfo.EndCursor,
            });
            var data = await SendAsync(_api.OrderLineItemsAsync, request, followUp, cancellationToken);
            var page = data.Order?.LineItems ?? throw new MappingException("The order vanished while its remaining line items were being read.");
            edges.AddRange(page.Edges);
            pageInfo = page.PageInfo;
        }

        return order with { LineItems = new ShopifyConnection<ShopifyLineItem>(edges, pageInfo) };
    }
}
