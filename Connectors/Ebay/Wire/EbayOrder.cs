namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>An eBay order as getOrders returns it (the fields the hub maps; others are kept in the raw payload only).</summary>
internal sealed record EbayOrder(
    string? OrderId,
    string? LegacyOrderId,
    DateTimeOffset? CreationDate,
    DateTimeOffset? LastModifiedDate,
    string? OrderFulfillmentStatus,
    string? OrderPaymentStatus,
    string? SellerId,
    EbayBuyer? Buyer,
    EbayPricingSummary? PricingSummary,
    EbayCancelStatus? CancelStatus,
    IReadOnlyList<EbayFulfillmentStartInstruction>? FulfillmentStartInstructions,
    IReadOnlyList<EbayLineItem>? LineItems,
    bool? EbayCollectAndRemitTax,
    string? SalesRecordReference);
