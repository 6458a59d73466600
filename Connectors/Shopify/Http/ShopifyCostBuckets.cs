using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Connectors.Shopify.Http;

/// <summary>One cost bucket per store (Shopify limits per app and store).</summary>
internal sealed class ShopifyCostBuckets(TimeProvider timeProvider, IOptions<ShopifyOptions> options)
{
    private readonly ConcurrentDictionary<string, ShopifyCostBucket> _buckets = new(StringComparer.Ordinal);

    public ShopifyCostBucket For(string storeKey) =>
        _buckets.GetOrAdd(storeKey, _ => new ShopifyCostBucket(timeProvider, options.Value.AssumedBucketSize, options.Value.AssumedRestoreRate));
}
