namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>Rate: calls made (<c>count</c>) of <c>limit</c> in a window of <c>timeWindow</c> seconds, <c>remaining</c>, and when it resets (ISO 8601 UTC).</summary>
internal sealed record EbayRate(long? Count, long? Limit, long? Remaining, DateTimeOffset? Reset, long? TimeWindow);
