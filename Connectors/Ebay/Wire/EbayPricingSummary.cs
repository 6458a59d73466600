namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>Order totals. priceDiscount and deliveryDiscount are negative amounts; tax is seller-collected tax only.</summary>
internal sealed record EbayPricingSummary(
    EbayAmount? PriceSubtotal,
    EbayAmount? PriceDiscount,
    EbayAmount? DeliveryCost,
    EbayAmount? DeliveryDiscount,
    EbayAmount? Tax,
    EbayAmount? Fee,
    EbayAmount? Adjustment,
    EbayAmount? Total);
