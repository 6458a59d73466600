using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    private const string OrderEntity = "order";

    public IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken)
    {
        if (BackfillsInBulk(checkpoint))
        {
            return PullInBulkAsync(OrdersInBulk, account, checkpoint, cancellationToken);
        }

        var lineItems = _options.OrderLineItemsPageSize;
        var first = OrdersQuery.PageSize(_options.MaxOrdersPageSize, lineItems);
        var pull = new ShopifyPull<ShopifyOrdersData, ShopifyOrder>(
            OrderEntity, OrdersQuery.Document, OrdersQuery.Connection, first, OrdersQuery.LineItemsVariable, lineItems, OrdersQuery.RequestedCost(first, lineItems),
            _api.OrdersAsync, data => data.Orders, ShopifyJsonContext.Default.ShopifyOrder);
        return PullPagesAsync<ShopifyOrdersData, ShopifyOrder, CanonicalOrder>(pull, account, checkpoint, _ => MapOrderAsync, cancellationToken);
    }

    private async ValueTask MapOrderAsync(
        ShopifyOrder order, ShopifyRequestContext store, List<CanonicalOrder> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(order.Id))
        {
            throw new MappingException("The order has no id.");
        }

        order = await WithAllLineItemsAsync(order, store, cancellationToken);
        items.Add(Map<CanonicalOrder>(order, issues));
    }

    /// <summary>An order with more line items than the first page gets the rest by follow-up queries, never truncated.</summary>
    private async Task<ShopifyOrder> WithAllLineItemsAsync(ShopifyOrder order, ShopifyRequestContext store, CancellationToken cancellationToken)
    {
        if (order.LineItems is not { PageInfo.HasNextPage: true } firstPage)
        {
            return order;
        }

        ShopifyLog.FetchingMoreLineItems(_logger, order.Id!);
        var size = _options.OrderLineItemsFollowUpPageSize;
        var followUp = new ShopifyFollowUp<ShopifyOrderData, ShopifyLineItem>(
            "order", "line items", OrderLineItemsQuery.Document, size, OrderLineItemsQuery.RequestedCost(size), _api.OrderLineItemsAsync, data => data.Order?.LineItems);
        var lineItems = await WithAllPagesAsync(firstPage, order.Id!, followUp, store, cancellationToken);
        return order with { LineItems = lineItems };
    }
}
