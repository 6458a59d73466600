using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.TikTokShop.Http;
using CrossBorderHub.Connectors.TikTokShop.Wire;
using Refit;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// The shop-scoped TikTok Shop Open API calls. The shop travels in the request options: the signing handler sends
/// the request to the shop's host, signed, with its token; the resilience pipeline picks the shop's budget.
/// </summary>
internal interface ITikTokShopApi
{
    [Post(TikTokShopConstants.OrdersSearchPath)]
    Task<IApiResponse<TikTokEnvelope<TikTokOrderSearchData>>> SearchOrdersAsync(
        [Query, AliasAs("page_size")] int pageSize,
        [Query, AliasAs("page_token")] string? pageToken,
        [Query, AliasAs("sort_field")] string sortField,
        [Query, AliasAs("sort_order")] string sortOrder,
        [Body] TikTokOrderSearchRequest filter,
        [Property(TikTokShopRequestContext.OptionName)] TikTokShopRequestContext store,
        CancellationToken cancellationToken);

    [Get(TikTokShopConstants.OrderDetailPath)]
    Task<IApiResponse<TikTokEnvelope<TikTokOrderDetailData>>> GetOrdersAsync(
        [Query, AliasAs("ids")] string ids,
        [Property(TikTokShopRequestContext.OptionName)] TikTokShopRequestContext store,
        CancellationToken cancellationToken);

    [Post(TikTokShopConstants.ProductsSearchPath)]
    Task<IApiResponse<TikTokEnvelope<TikTokProductSearchData>>> SearchProductsAsync(
        [Query, AliasAs("page_size")] int pageSize,
        [Query, AliasAs("page_token")] string? pageToken,
        [Body] TikTokProductSearchRequest filter,
        [Property(TikTokShopRequestContext.OptionName)] TikTokShopRequestContext store,
        CancellationToken cancellationToken);

    [Get(TikTokShopConstants.ProductDetailPath)]
    Task<IApiResponse<TikTokEnvelope<TikTokProduct>>> GetProductAsync(
        string productId,
        [Property(TikTokShopRequestContext.OptionName)] TikTokShopRequestContext store,
        CancellationToken cancellationToken);

    [Post(TikTokShopConstants.InventorySearchPath)]
    Task<IApiResponse<TikTokEnvelope<TikTokInventorySearchData>>> SearchInventoryAsync(
        [Body] TikTokInventorySearchRequest filter,
        [Property(TikTokShopRequestContext.OptionName)] TikTokShopRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>Sets absolute quantities; marked a mutation, since a blind repeat after a sale in between would undo the sale.</summary>
    [Post(TikTokShopConstants.InventoryUpdatePath)]
    Task<IApiResponse<TikTokEnvelope<TikTokInventoryUpdateData>>> UpdateInventoryAsync(
        string productId,
        [Body] TikTokInventoryUpdateRequest request,
        [Property(TikTokShopRequestContext.OptionName)] TikTokShopRequestContext store,
        [Property(UnsafeRequestRetry.OptionName)] bool mutation,
        CancellationToken cancellationToken);

    /// <summary>App-level: the store context must carry no shop cipher.</summary>
    [Get(TikTokShopConstants.AuthorizedShopsPath)]
    Task<IApiResponse<TikTokEnvelope<TikTokAuthorizedShopsData>>> GetAuthorizedShopsAsync(
        [Property(TikTokShopRequestContext.OptionName)] TikTokShopRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>Changes state: not retried by the pipeline on a timeout or 5xx; see <see cref="UnsafeRequestRetry"/>.</summary>
    [Post(TikTokShopConstants.ShipPackagePath)]
    Task<IApiResponse<TikTokEnvelope<TikTokEmptyData>>> ShipPackageAsync(
        string packageId,
        [Body] TikTokShipPackageRequest request,
        [Property(TikTokShopRequestContext.OptionName)] TikTokShopRequestContext store,
        [Property(UnsafeRequestRetry.OptionName)] bool mutation,
        CancellationToken cancellationToken);
}
