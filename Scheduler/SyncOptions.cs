using System.ComponentModel.DataAnnotations;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Scheduler;

/// <summary>Section "Sync": how often each entity of every store is pulled, how failed runs are retried, and how runs share the workers.</summary>
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
    /// <summary>The longest one run may take; past it the run is cancelled, recorded as failed and retried like an outage.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan RunDeadline { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many runs of one store may hold a worker at once; its further runs wait in the queue without a thread.</summary>
    [Range(1, 100)]
    public int MaxRunsPerStore { get; set; } = 2;

    /// <summary>Readiness reports Degraded once a trigger waits longer than this between its scheduled fire and its run's start.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan MaxQueueLag { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an observed queue lag counts towards readiness.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan QueueLagWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The longest a run waits for rate budget in one go; a longer wait ends the run as Deferred (its pages kept) and
    /// queues a run for when the budget has refilled, so no worker sleeps on a spent budget.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan BudgetYieldAfter { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan IntervalFor(SyncEntity entity) => entity switch
    {
        SyncEntity.Orders => OrdersInterval,
        SyncEntity.Catalog => CatalogInterval,
        SyncEntity.Inventory => InventoryInterval,
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
    };
}
