using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>
/// The resilience settings every connector's options carry (bound with the rest of "Connectors:&lt;Marketplace&gt;" and
/// validated at start): per-attempt timeout, retries and the circuit breaker of the shared HTTP pipeline.
/// </summary>
public abstract class MarketplaceHttpOptions
{
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

    /// <summary>These settings as the pipeline takes them.</summary>
    public MarketplaceHttpPolicy Policy() => new(
        MaxRetryAttempts, RetryBaseDelay, CircuitBreakerFailureRatio, CircuitBreakerMinimumThroughput, CircuitBreakerBreakDuration, AttemptTimeout);
}
