using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Shopee.Http;
using CrossBorderHub.Connectors.Shopee.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>
/// Shopee Open Platform v2, paths and parameter names as Shopee spells them. The store travels in the request options:
/// the signing handler sends the request to that store's host with the common parameters and sign.
/// </summary>
internal interface IShopeeApi
{
    [Get(ShopeeConstants.Paths.OrderList)]
    Task<IApiResponse<ShopeeEnvelope<ShopeeOrderListResponse>>> GetOrderListAsync(
        [AliasAs("time_range_field")] string timeRangeField,
        [AliasAs("time_from")] long timeFrom,
        [AliasAs("time_to")] long timeTo,
        [AliasAs("page_size")] int pageSize,
        [AliasAs("cursor")] string? cursor,
        [AliasAs("response_optional_fields")] string? responseOptionalFields,
        [Property(ShopeeRequestContext.OptionName)] ShopeeRequestContext store,
        CancellationToken cancellationToken);

    [Get(ShopeeConstants.Paths.OrderDetail)]
    Task<IApiResponse<ShopeeEnvelope<ShopeeOrderDetailResponse>>> GetOrderDetailAsync(
        [AliasAs("order_sn_list")] string orderSnList,
        [AliasAs("response_optional_fields")] string responseOptionalFields,
        [Property(ShopeeRequestContext.OptionName)] ShopeeRequestContext store,
        CancellationToken cancellationToken);

    [Post(ShopeeConstants.Paths.RefreshAccessToken)]
    Task<IApiResponse<ShopeeTokenResponse>> RefreshAccessTokenAsync(
        [Body] ShopeeRefreshTokenRequest request,
        [Property(ShopeeRequestContext.OptionName)] ShopeeRequestContext store,
        [Property(UnsafeRequestRetry.OptionName)] bool changesState,
        CancellationToken cancellationToken);

    [Get(ShopeeConstants.Paths.ShippingParameter)]
    Task<IApiResponse<ShopeeEnvelope<ShopeeShippingParameterResponse>>> GetShippingParameterAsync(
        [AliasAs("order_sn")] string orderSn,
        [Property(ShopeeRequestContext.OptionName)] ShopeeRequestContext store,
        CancellationToken cancellationToken);

    [Post(ShopeeConstants.Paths.ShipOrder)]
    Task<IApiResponse<ShopeeEnvelope<ShopeeNoResponse>>> ShipOrderAsync(
        [Body] ShopeeShipOrderRequest request,
        [Property(ShopeeRequestContext.OptionName)] ShopeeRequestContext store,
        [Property(UnsafeRequestRetry.OptionName)] bool changesState,
        CancellationToken cancellationToken);

    [Get(ShopeeConstants.Paths.TrackingNumber)]
    Task<IApiResponse<ShopeeEnvelope<ShopeeTrackingNumberResponse>>> GetTrackingNumberAsync(
        [AliasAs("order_sn")] string orderSn,
        [Property(ShopeeRequestContext.OptionName)] ShopeeRequestContext store,
        CancellationToken cancellationToken);

    [Get(ShopeeConstants.Paths.ItemList)]
    Task<IApiResponse<ShopeeEnvelope<ShopeeItemListResponse>>> GetItemListAsync(
        [AliasAs("offset")] long offset,
        [AliasAs("page_size")] int pageSize,
        [AliasAs("item_status")][Query(CollectionFormat.Multi)] IEnumerable<string> itemStatus,
        [AliasAs("update_time_from")] long? updateTimeFrom,
        [AliasAs("update_time_to")] long? updateTimeTo,
        [Property(ShopeeRequestContext.OptionName)] ShopeeRequestContext store,
        CancellationToken cancellationToken);

    [Get(ShopeeConstants.Paths.ItemBaseInfo)]
    Task<IApiResponse<ShopeeEnvelope<ShopeeItemBaseInfoResponse>>> GetItemBaseInfoAsync(
        [AliasAs("item_id_list")] string itemIdList,
        [Property(ShopeeRequestContext.OptionName)] ShopeeRequestContext store,
        CancellationToken cancellationToken);

    [Get(ShopeeConstants.Paths.ModelList)]
    Task<IApiResponse<ShopeeEnvelope<ShopeeModelListResponse>>> GetModelListAsync(
        [AliasAs("item_id")] long itemId,
        [Property(ShopeeRequestContext.OptionName)] ShopeeRequestContext store,
        CancellationToken cancellationToken);

    [Post(ShopeeConstants.Paths.UpdateStock)]
    Task<IApiResponse<ShopeeEnvelope<ShopeeUpdateStockResponse>>> UpdateStockAsync(
        [Body] ShopeeUpdateStockRequest request,
        [Property(ShopeeRequestContext.OptionName)] ShopeeRequestContext store,
        [Property(UnsafeRequestRetry.OptionName)] bool changesState,
        CancellationToken cancellationToken);

    [Post(ShopeeConstants.Paths.GetAccessToken)]
    Task<IApiResponse<ShopeeTokenResponse>> GetAccessTokenAsync(
        [Body] ShopeeGetAccessTokenRequest request,
        [Property(ShopeeRequestContext.OptionName)] ShopeeRequestContext store,
        [Property(UnsafeRequestRetry.OptionName)] bool changesState,
        CancellationToken cancellationToken);

    [Get(ShopeeConstants.Paths.ShopInfo)]
    Task<IApiResponse<ShopeeShopInfoResponse>> GetShopInfoAsync(
        [Property(ShopeeRequestContext.OptionName)] ShopeeRequestContext store,
        CancellationToken cancellationToken);
}
