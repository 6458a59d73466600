using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence;

public sealed record QuarantineEntry(
    Guid Id,
    Guid StoreId,
    SyncEntity Entity,
    Guid RunId,
    string? MarketplaceId,
    string RawPayload,
    string Reason,
    DateTimeOffset QuarantinedAt);
