namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>
/// A request inside a <see cref="RateBudgetScope"/> would have waited <see cref="RetryAfter"/> for its budget, longer
/// than the scope allows: the caller should stop and come back when the budget has refilled. A Throttled failure.
/// </summary>
public sealed class RateBudgetExhaustedException : MarketplaceException
{
    /// <summary>The <see cref="MarketplaceException.Code"/> it carries: the hub's own, not the marketplace's.</summary>
    public const string SpentCode = "RATE_BUDGET_SPENT";

    public RateBudgetExhaustedException()
        : this("", TimeSpan.Zero)
    {
    }

    public RateBudgetExhaustedException(string message)
        : base(MarketplaceFailureKind.Throttled, "", SpentCode, message)
    {
    }

    public RateBudgetExhaustedException(string message, Exception innerException)
        : base(MarketplaceFailureKind.Throttled, "", SpentCode, message, innerException)
    {
    }

    public RateBudgetExhaustedException(string marketplace, TimeSpan retryAfter)
        : base(MarketplaceFailureKind.Throttled, marketplace, SpentCode, $"The rate budget is spent; it is full again in {retryAfter.TotalSeconds:0.###} s.")
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long until the budget is full again (at least what the request needed).</summary>
    public TimeSpan RetryAfter { get; }
}
