using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Persistence.JobStore;

/// <summary>Section "JobStore": where Quartz keeps jobs and triggers, and how hubs sharing a database form a cluster.</summary>
public sealed class JobStoreOptions
{
    public const string Section = "JobStore";

    /// <summary>The scheduler name every hub of one cluster shares (Quartz's SCHED_NAME).</summary>
    public const string SchedulerName = "CrossBorderHub";

    public JobStoreKind Kind { get; set; } = JobStoreKind.Database;

    /// <summary>
    /// Cluster with every hub on the same database. Null: clustered on PostgreSQL and SQL Server; SQLite never clusters
    /// (one process owns the file).
    /// </summary>
    public bool? Clustered { get; set; }

    /// <summary>How often a clustered hub records that it is alive.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How long past a missed check-in the others wait before they take a hub for dead and recover its jobs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How late a trigger may fire before its misfire instruction applies instead.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    public bool ClusteredOn(DatabaseProvider provider) => provider != DatabaseProvider.Sqlite && (Clustered ?? true);
}
