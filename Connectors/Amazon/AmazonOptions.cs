using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>Tuning for the Amazon connector, bound from "Connectors:Amazon".</summary>
public sealed class AmazonOptions
{
    /// <summary>Orders per page (maxResultsPerPage / MaxResultsPerPage), at most 100.</summary>
    [Range(1, 100)]
    public int OrdersPageSize { get; set; } = 100;

    /// <summary>How far back a store's first orders sync reads (lastUpdatedAfter is required).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "730.00:00:00")]
    public TimeSpan InitialLookback { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Re-read window before the checkpoint, for orders updated while the last sync ran.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CheckpointOverlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An access token is refreshed this long before expires_in runs out.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = 6;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(0.01, 1.0)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    [Range(2, 1000)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
