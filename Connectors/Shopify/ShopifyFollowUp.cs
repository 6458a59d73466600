using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>
/// A follow-up query for the rest of a nested connection (an order's line items, a product's variants, an item's
/// levels): its document taking $id, $first and $after, how to send it and where the connection sits in the answer.
/// <paramref name="Parent"/> and <paramref name="Children"/> name both in the error when the parent vanishes mid-read.
/// </summary>
internal sealed record ShopifyFollowUp<TData, TNode>(
    string Parent,
    string Children,
    string Document,
    int PageSize,
    int RequestedCost,
    Func<ShopifyGraphQLRequest, ShopifyRequestContext, CancellationToken, Task<IApiResponse<ShopifyGraphQLResponse<TData>>>> Call,
    Func<TData, ShopifyConnection<TNode>?> Connection)
    where TData : class;
