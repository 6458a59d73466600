using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence.Entities;

internal sealed class QuarantineRow
{
    public Guid Id { get; set; }
    public Guid StoreId { get; set; }
    public SyncEntity Entity { get; set; }
    public Guid RunId { get; set; }
    public string? MarketplaceId { get; set; }
    public string RawPayload { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTimeOffset QuarantinedAt { get; set; }
}
