namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>getRateLimits' answer (RateLimitsResponse): the application's quotas per API for the current time window.</summary>
internal sealed record EbayRateLimitsResponse(IReadOnlyList<EbayRateLimit>? RateLimits);
