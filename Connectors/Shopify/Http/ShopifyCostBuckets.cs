using CrossBorderHub.Connectors.Kit.Http;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Connectors.Shopify.Http;

/// <summary>
/// One cost bucket per store: Shopify limits per app and store, every Admin GraphQL operation drawing on the same
/// points. Each starts from the assumed plan until the first answer's throttleStatus tells the real one.
/// </summary>
internal sealed class ShopifyCostBuckets(TimeProvider timeProvider, IOptions<ShopifyOptions> options)
{
    private readonly RateBudgets<TokenBucket> _buckets = new(_ =>
        new TokenBucket(timeProvider, options.Value.AssumedBucketSize, options.Value.AssumedRestoreRate, ShopifyConstants.Marketplace));

    public TokenBucket For(string storeKey) => _buckets.For(new RateBudgetKey(storeKey, ShopifyConstants.AdminGraphQLOperation));
}
