using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Persistence.Entities;

internal sealed class SyncRunRow
{
    public Guid Id { get; set; }
    public Guid StoreId { get; set; }
    public SyncEntity Entity { get; set; }
    public SyncRunStatus Status { get; set; }
    public string Trigger { get; set; } = "";
    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int Pages { get; set; }
    public int Upserted { get; set; }
    public int Stale { get; set; }
    public int Quarantined { get; set; }
    public int UnknownValues { get; set; }
    public TimeSpan ThrottleWait { get; set; }
    public string? Error { get; set; }
}
