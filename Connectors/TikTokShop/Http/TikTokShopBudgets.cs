using CrossBorderHub.Connectors.Kit.Http;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Connectors.TikTokShop.Http;

/// <summary>One token bucket per shop, at the configured rate and burst.</summary>
internal sealed class TikTokShopBudgets(TimeProvider time, IOptions<TikTokShopOptions> options)
{
    private readonly RateBudgets<TokenBucket> _budgets = new(_ =>
        new TokenBucket(time, options.Value.Burst, options.Value.RequestsPerSecond, TikTokShopConstants.Marketplace));

    public TokenBucket For(string storeKey) => _budgets.For(new RateBudgetKey(storeKey, TikTokShopConstants.ApiOperation));
}
