using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>
/// Shopify Admin GraphQL, one method per query document. The store travels in the request options: the
/// auth handler sends the request to that store's host with its token, and the resilience pipeline picks
/// that store's bucket. Paged queries hand back the body itself: the connector reads each page in one pass and keeps
/// each node's JSON at hand for quarantine.
/// </summary>
internal interface IShopifyAdminApi
{
    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<HttpContent>> OrdersAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyOrderData>>> OrderLineItemsAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<HttpContent>> ProductsAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<HttpContent>> InventoryItemsAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);
}
