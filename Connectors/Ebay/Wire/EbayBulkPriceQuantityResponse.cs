namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>bulkUpdatePriceQuantity's answer (BulkPriceQuantityResponse): one response per SKU or offer updated.</summary>
internal sealed record EbayBulkPriceQuantityResponse(IReadOnlyList<EbayPriceQuantityResponse>? Responses);
