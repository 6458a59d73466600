namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>PriceQuantityResponse: how one SKU's (or offer's) update went; <c>statusCode</c> 200 is a complete success.</summary>
internal sealed record EbayPriceQuantityResponse(
    int? StatusCode,
    string? Sku,
    string? OfferId,
    IReadOnlyList<EbayErrorDetail>? Errors,
    IReadOnlyList<EbayErrorDetail>? Warnings);
