using System.ComponentModel.DataAnnotations;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Scheduler;

/// <summary>Section "Sync": how often each entity of every store is pulled, and how failed runs are retried.</summary>
public sealed class SyncOptions
{
    public const string Section = "Sync";

    /// <summary>Off: no schedules are registered; manual syncs through the API still run.</summary>
    public bool ScheduleEnabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan OrdersInterval { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan CatalogInterval { get; set; } = TimeSpan.FromMinutes(30);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan InventoryInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many times a failed run is tried again before waiting for the next scheduled run.</summary>
    [Range(0, 10)]
    public int RunRetries { get; set; } = 3;

    /// <summary>Delay before the first retry of a failed run; doubles with each further retry.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RunRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Finished runs older than this many days are deleted from the run history by an hourly job.</summary>
    [Range(1, 3650)]
    public int RunHistoryRetentionDays { get; set; } = 30;

    public TimeSpan IntervalFor(SyncEntity entity) => entity switch
    {
        SyncEntity.Orders => OrdersInterval,
        SyncEntity.Catalog => CatalogInterval,
        SyncEntity.Inventory => InventoryInterval,
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
    };
}
