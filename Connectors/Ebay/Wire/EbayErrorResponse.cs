namespace CrossBorderHub.Connectors.Ebay.Wire;

internal sealed record EbayErrorResponse(IReadOnlyList<EbayErrorDetail>? Errors);
