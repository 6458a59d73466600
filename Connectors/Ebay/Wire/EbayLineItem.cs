namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>One order line. lineItemCost is unit price × quantity before discounts.</summary>
internal sealed record EbayLineItem(
    string? LineItemId,
    string? LegacyItemId,
    string? LegacyVariationId,
    string? Sku,
    string? Title,
    EbayAmount? LineItemCost,
    EbayAmount? DiscountedLineItemCost,
    int? Quantity,
    string? LineItemFulfillmentStatus,
    EbayAmount? Total,
    IReadOnlyList<EbayAppliedPromotion>? AppliedPromotions,
    IReadOnlyList<EbayTax>? Taxes,
    IReadOnlyList<EbayCollectAndRemitTax>? EbayCollectAndRemitTaxes,
    EbayLineItemFulfillmentInstructions? LineItemFulfillmentInstructions);
