namespace CrossBorderHub.Connectors;

/// <summary>What the marketplace answered to a push: its own reference (fulfillment id, feed id) and a short, bounded summary.</summary>
public sealed record PushResult(string? MarketplaceReference, string Summary);
