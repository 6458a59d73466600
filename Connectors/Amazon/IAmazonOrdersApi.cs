using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Amazon.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>
/// SP-API Orders operations, named and spelled as Amazon documents them. The store travels in the request options:
/// the auth handler sends the request to that store's regional host with its access token, and the pipeline spends
/// the store's budget for the operation.
/// </summary>
internal interface IAmazonOrdersApi
{
    /// <summary>Orders API 2026-01-01 searchOrders (rate 0.0056/s, burst 20).</summary>
    [Get(AmazonConstants.SearchOrdersPath)]
    Task<IApiResponse<SearchOrdersResponse>> SearchOrdersAsync(
        [Query(CollectionFormat.Csv)][AliasAs("marketplaceIds")] IEnumerable<string> marketplaceIds,
        [AliasAs("lastUpdatedAfter")] string? lastUpdatedAfter,
        [Query(CollectionFormat.Csv)][AliasAs("includedData")] IEnumerable<string> includedData,
        [AliasAs("maxResultsPerPage")] int maxResultsPerPage,
        [AliasAs("paginationToken")] string? paginationToken,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>Orders API v0 getOrders (rate 0.0167/s, burst 20). With NextToken the other filters are those of the first page.</summary>
    [Get(AmazonConstants.GetOrdersPath)]
    Task<IApiResponse<GetOrdersResponse>> GetOrdersAsync(
        [Query(CollectionFormat.Csv)][AliasAs("MarketplaceIds")] IEnumerable<string> marketplaceIds,
        [AliasAs("LastUpdatedAfter")] string? lastUpdatedAfter,
        [AliasAs("LastUpdatedBefore")] string? lastUpdatedBefore,
        [AliasAs("MaxResultsPerPage")] int? maxResultsPerPage,
        [AliasAs("NextToken")] string? nextToken,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>Orders API v0 getOrderItems (rate 0.5/s, burst 30), paged by its own NextToken.</summary>
    [Get(AmazonConstants.GetOrdersPath + "/{orderId}/orderItems")]
    Task<IApiResponse<GetOrderItemsResponse>> GetOrderItemsAsync(
        string orderId,
        [AliasAs("NextToken")] string? nextToken,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>Orders API 2026-01-01 getOrder (rate 0.5/s, burst 30).</summary>
    [Get(AmazonConstants.SearchOrdersPath + "/{orderId}")]
    Task<IApiResponse<GetOrderResponse>> GetOrderAsync(
        string orderId,
        [Query(CollectionFormat.Csv)][AliasAs("includedData")] IEnumerable<string> includedData,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>Orders API v0 confirmShipment (rate 2/s, burst 10): 204 with no content. It changes the order, so the pipeline retries it only after a 429.</summary>
    [Post(AmazonConstants.GetOrdersPath + "/{orderId}/shipmentConfirmation")]
    Task<IApiResponse> ConfirmShipmentAsync(
        string orderId,
        [Body] ConfirmShipmentRequest request,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        [Property(Kit.Http.UnsafeRequestRetry.OptionName)] bool changesState,
        CancellationToken cancellationToken);
}
