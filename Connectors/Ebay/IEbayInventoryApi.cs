using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>
/// The Sell Inventory API: inventory items, their offers, and the bulk price/quantity update. The store travels in the
/// request options like the Fulfillment API's.
/// </summary>
internal interface IEbayInventoryApi
{
    /// <summary>getInventoryItems: <paramref name="limit"/> 1 to 200; <paramref name="offset"/> as the previous page's <c>next</c> href gave it.</summary>
    [Get(EbayConstants.InventoryItemsPath)]
    Task<IApiResponse<EbayInventoryItems>> GetInventoryItemsAsync(
        [AliasAs("limit")] int limit,
        [AliasAs("offset")] string offset,
        [Property(EbayRequestContext.OptionName)] EbayRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>getOffers for one SKU (an SKU has at most an auction and a fixed-price offer).</summary>
    [Get(EbayConstants.OffersPath)]
    Task<IApiResponse<EbayOffers>> GetOffersAsync(
        [AliasAs("sku")] string sku,
        [AliasAs("limit")] int limit,
        [AliasAs("offset")] string offset,
        [Property(EbayRequestContext.OptionName)] EbayRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>
    /// bulkUpdatePriceQuantity: 200 when every request succeeded, 207 when some did not; each SKU's outcome is in
    /// <c>responses</c>. It sets absolute quantities, so sending it again after a lost answer changes nothing more and
    /// the pipeline may retry it like a read.
    /// </summary>
    [Post(EbayConstants.BulkUpdatePriceQuantityPath)]
    Task<IApiResponse<EbayBulkPriceQuantityResponse>> BulkUpdatePriceQuantityAsync(
        [Body] EbayBulkPriceQuantity body,
        [Property(EbayRequestContext.OptionName)] EbayRequestContext store,
        CancellationToken cancellationToken);
}
