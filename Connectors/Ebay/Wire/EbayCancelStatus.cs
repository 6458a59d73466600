namespace CrossBorderHub.Connectors.Ebay.Wire;

internal sealed record EbayCancelStatus(string? CancelState, DateTimeOffset? CancelledDate);
