namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>createShippingFulfillment's body (ShippingFulfillmentDetails); shippedDate as eBay writes timestamps, UTC with milliseconds and Z.</summary>
internal sealed record EbayShippingFulfillmentDetails(
    IReadOnlyList<EbayLineItemReference> LineItems,
    string ShippedDate,
    string ShippingCarrierCode,
    string TrackingNumber);
