using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence.Entities;

internal sealed class CheckpointRow
{
    public Guid StoreId { get; set; }
    public SyncEntity Entity { get; set; }
    public string Value { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
