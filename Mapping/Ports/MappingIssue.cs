namespace CrossBorderHub.Mapping.Ports;

/// <summary>A record landed but one of its values was not in the translation table and became Unknown.</summary>
public sealed record MappingIssue(string MarketplaceId, string Field, string Value);
