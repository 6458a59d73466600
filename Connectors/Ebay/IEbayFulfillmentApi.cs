using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Connectors.Kit.Http;
using Refit;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>
/// The Sell Fulfillment API. The store travels in the request options: the auth handler sends the request to that
/// store's host with its user access token and marketplace id.
/// </summary>
internal interface IEbayFulfillmentApi
{
    /// <summary>getOrders: <paramref name="filter"/> e.g. <c>lastmodifieddate:[2024-01-01T00:00:00.000Z..2024-01-02T00:00:00.000Z]</c> (Refit percent-encodes the brackets).</summary>
    [Get(EbayConstants.OrdersPath)]
    Task<IApiResponse<EbayOrderSearchPagedCollection>> GetOrdersAsync(
        [AliasAs("filter")] string? filter,
        [AliasAs("limit")] int limit,
        [AliasAs("offset")] int offset,
        [Property(EbayRequestContext.OptionName)] EbayRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>getShippingFulfillments: what an order already has, read before a shipment is created.</summary>
    [Get(EbayConstants.ShippingFulfillmentPath)]
    Task<IApiResponse<EbayShippingFulfillmentPagedCollection>> GetShippingFulfillmentsAsync(
        string orderId,
        [Property(EbayRequestContext.OptionName)] EbayRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>createShippingFulfillment: 201 with the new fulfillment's URI in Location. Not retried after a timeout or 5xx (see <see cref="UnsafeRequestRetry"/>).</summary>
    [Post(EbayConstants.ShippingFulfillmentPath)]
    Task<IApiResponse> CreateShippingFulfillmentAsync(
        string orderId,
        [Body] EbayShippingFulfillmentDetails details,
        [Property(EbayRequestContext.OptionName)] EbayRequestContext store,
        [Property(UnsafeRequestRetry.OptionName)] bool changesState,
        CancellationToken cancellationToken);
}
