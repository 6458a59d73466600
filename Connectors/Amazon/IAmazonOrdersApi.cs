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
}
