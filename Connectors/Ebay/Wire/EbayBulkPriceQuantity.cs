namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>bulkUpdatePriceQuantity's request body (BulkPriceQuantity): up to 25 requests, one per SKU.</summary>
internal sealed record EbayBulkPriceQuantity(IReadOnlyList<EbayPriceQuantity> Requests);
