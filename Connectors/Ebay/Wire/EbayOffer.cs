namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>EbayOfferDetailsWithAll, the fields the catalog reads: which listing sells the SKU, where, at what price, in which state.</summary>
internal sealed record EbayOffer(
    string? OfferId,
    string? Sku,
    string? MarketplaceId,
    string? Format,
    int? AvailableQuantity,
    EbayOfferPricingSummary? PricingSummary,
    EbayListingDetails? Listing,
    string? Status,
    string? MerchantLocationKey);
