using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence.Entities;

internal sealed class SyncScheduleRow
{
    public Guid StoreId { get; set; }
    public SyncEntity Entity { get; set; }
    public TimeSpan? Interval { get; set; }
    public string? Cron { get; set; }
    public bool Paused { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
