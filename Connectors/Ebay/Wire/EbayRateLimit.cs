namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>RateLimit: one API's quotas, e.g. apiContext <c>sell</c>, apiName <c>fulfillment</c>, by resource.</summary>
internal sealed record EbayRateLimit(string? ApiContext, string? ApiName, string? ApiVersion, IReadOnlyList<EbayRateLimitResource>? Resources);
