using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Amazon.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>
/// SP-API Listings Items 2021-08-01 and FBA Inventory v1, named and spelled as Amazon documents them. As for orders,
/// the store and its operation travel in the request options.
/// </summary>
internal interface IAmazonListingsApi
{
    /// <summary>searchListingsItems (rate 5/s, burst 5): pageSize at most 20, and at most 1,000 items can be paged through per query.</summary>
    [Get(AmazonConstants.ListingsItemsPath + "/{sellerId}")]
    Task<IApiResponse<SearchListingsItemsResponse>> SearchListingsItemsAsync(
        string sellerId,
        [Query(CollectionFormat.Csv)][AliasAs("marketplaceIds")] IEnumerable<string> marketplaceIds,
        [Query(CollectionFormat.Csv)][AliasAs("includedData")] IEnumerable<string> includedData,
        [AliasAs("lastUpdatedAfter")] string? lastUpdatedAfter,
        [AliasAs("sortBy")] string sortBy,
        [AliasAs("sortOrder")] string sortOrder,
        [AliasAs("pageSize")] int pageSize,
        [AliasAs("pageToken")] string? pageToken,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>getListingsItem (rate 5/s, burst 10).</summary>
    [Get(AmazonConstants.ListingsItemsPath + "/{sellerId}/{sku}")]
    Task<IApiResponse<ListingsItem>> GetListingsItemAsync(
        string sellerId,
        string sku,
        [Query(CollectionFormat.Csv)][AliasAs("marketplaceIds")] IEnumerable<string> marketplaceIds,
        [Query(CollectionFormat.Csv)][AliasAs("includedData")] IEnumerable<string> includedData,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>patchListingsItem (rate 5/s, burst 5). It sets an absolute quantity, so sending it twice leaves the same stock.</summary>
    [Patch(AmazonConstants.ListingsItemsPath + "/{sellerId}/{sku}")]
    Task<IApiResponse<ListingsItemSubmissionResponse>> PatchListingsItemAsync(
        string sellerId,
        string sku,
        [Query(CollectionFormat.Csv)][AliasAs("marketplaceIds")] IEnumerable<string> marketplaceIds,
        [Body] ListingsItemPatchRequest request,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>
    /// FBA getInventorySummaries (rate 2/s, burst 2). With startDateTime, the next pages need it again beside nextToken,
    /// and a nextToken lapses 30 seconds after it was issued.
    /// </summary>
    [Get(AmazonConstants.InventorySummariesPath)]
    Task<IApiResponse<GetInventorySummariesResponse>> GetInventorySummariesAsync(
        [AliasAs("details")] string details,
        [AliasAs("granularityType")] string granularityType,
        [AliasAs("granularityId")] string granularityId,
        [AliasAs("startDateTime")] string? startDateTime,
        [AliasAs("nextToken")] string? nextToken,
        [Query(CollectionFormat.Csv)][AliasAs("marketplaceIds")] IEnumerable<string> marketplaceIds,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        CancellationToken cancellationToken);
}
