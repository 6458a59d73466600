namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>Resource: an API or one of its methods, with its rates.</summary>
internal sealed record EbayRateLimitResource(string? Name, IReadOnlyList<EbayRate>? Rates);
