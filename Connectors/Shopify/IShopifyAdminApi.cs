using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>
/// Shopify Admin GraphQL, one method per query document. The store travels in the request options: the
/// auth handler sends the request to that store's host with its token, and the resilience pipeline picks
/// that store's bucket.
/// </summary>
internal interface IShopifyAdminApi
{
    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyOrdersData>>> OrdersAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyOrderData>>> OrderLineItemsAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyProductsData>>> ProductsAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyProductData>>> ProductVariantsAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyInventoryItemsData>>> InventoryItemsAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyInventoryItemData>>> InventoryLevelsAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyFulfillmentOrdersData>>> FulfillmentOrdersAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyStockItemsData>>> InventoryItemsBySkuAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    /// <summary>A mutation: not retried by the pipeline on a timeout or 5xx (it may have been applied); see <see cref="UnsafeRequestRetry"/>.</summary>
    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyFulfillmentCreateData>>> FulfillmentCreateAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, [Property(UnsafeRequestRetry.OptionName)] bool mutation, CancellationToken cancellationToken);

    /// <summary>A mutation, as <see cref="FulfillmentCreateAsync"/>.</summary>
    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyInventorySetQuantitiesData>>> InventorySetQuantitiesAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, [Property(UnsafeRequestRetry.OptionName)] bool mutation, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyBulkRunData>>> BulkOperationRunQueryAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyBulkOperationData>>> BulkOperationAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);

    [Post(ShopifyConstants.GraphQLPath)]
    Task<IApiResponse<ShopifyGraphQLResponse<ShopifyShopData>>> ShopAsync(
        [Body] ShopifyGraphQLRequest request, [Property(ShopifyRequestContext.OptionName)] ShopifyRequestContext store, CancellationToken cancellationToken);
}
