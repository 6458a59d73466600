namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>getShippingFulfillments' answer: the fulfilments an order already has.</summary>
internal sealed record EbayShippingFulfillmentPagedCollection(IReadOnlyList<EbayShippingFulfillment>? Fulfillments, int? Total);
