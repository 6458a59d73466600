namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>An offer's PricingSummary: the listing price (auction prices and advertised-price settings are not read).</summary>
internal sealed record EbayOfferPricingSummary(EbayAmount? Price);
