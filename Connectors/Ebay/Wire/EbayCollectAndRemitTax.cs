namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>A tax eBay collected from the buyer and remits itself: never the seller's to account for.</summary>
internal sealed record EbayCollectAndRemitTax(string? TaxType, EbayAmount? Amount, string? CollectionMethod);
