using CrossBorderHub.Connectors.Kit.Http;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Connectors.Shopee.Http;

/// <summary>One token bucket per shop and API path: Shopee limits each API separately for each shop.</summary>
internal sealed class ShopeeRateBudgets(TimeProvider timeProvider, IOptions<ShopeeOptions> options)
{
    private readonly RateBudgets<TokenBucket> _buckets = new(_ =>
        new TokenBucket(timeProvider, options.Value.Burst, options.Value.RequestsPerSecond, ShopeeConstants.Marketplace));

    public TokenBucket For(string storeKey, string operation) => _buckets.For(new RateBudgetKey(storeKey, operation));
}
