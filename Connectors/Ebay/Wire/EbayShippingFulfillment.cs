namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>One shipping fulfilment as eBay reads it back (ShippingFulfillment).</summary>
internal sealed record EbayShippingFulfillment(
    string? FulfillmentId,
    string? ShipmentTrackingNumber,
    string? ShippingCarrierCode,
    string? ShippedDate,
    IReadOnlyList<EbayLineItemReference>? LineItems);
