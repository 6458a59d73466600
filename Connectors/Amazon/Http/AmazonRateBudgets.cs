using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Amazon.Http;

/// <summary>
/// A token bucket per (store, operation) with the operation's published rate and burst; each answer's
/// x-amzn-RateLimit-Limit corrects the rate, which differs per seller and application.
/// </summary>
internal sealed class AmazonRateBudgets(TimeProvider time)
{
    private readonly RateBudgets<TokenBucket> _budgets = new(key =>
    {
        var (rate, burst) = AmazonConstants.Operations.UsagePlan(key.Operation);
        return new TokenBucket(time, burst, rate, AmazonConstants.Marketplace, RateHeaders.RatePerSecond(AmazonConstants.RateLimitHeader));
    });

    public TokenBucket For(RateBudgetKey key) => _budgets.For(key);
}
