namespace CrossBorderHub.Connectors.Kit.Failures;

/// <summary>The marketplace's own error code and message, parsed from its documented error envelope.</summary>
public sealed record MarketplaceError(string? Code, string? Message);
