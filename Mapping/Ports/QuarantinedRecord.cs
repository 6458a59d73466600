namespace CrossBorderHub.Mapping.Ports;

/// <summary>A marketplace record that could not be mapped: kept whole, with why, for an operator to inspect and replay.</summary>
/// <param name="MarketplaceId">The record's id when it could be read at all.</param>
/// <param name="RawPayload">The record exactly as the marketplace sent it.</param>
/// <param name="Reason">What was wrong, in words an operator can act on.</param>
public sealed record QuarantinedRecord(string? MarketplaceId, string RawPayload, string Reason);
