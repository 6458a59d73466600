namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>The resilience figures of one marketplace's pipeline, taken from its validated options.</summary>
public sealed record MarketplaceHttpPolicy(
    int MaxRetryAttempts,
    TimeSpan RetryBaseDelay,
    double CircuitBreakerFailureRatio,
    int CircuitBreakerMinimumThroughput,
    TimeSpan CircuitBreakerBreakDuration,
    TimeSpan AttemptTimeout);
