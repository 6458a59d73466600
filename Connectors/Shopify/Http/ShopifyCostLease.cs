using System.Threading.RateLimiting;

namespace CrossBorderHub.Connectors.Shopify.Http;

/// <summary>The lease the cost bucket hands the Polly rate limiter once the points are reserved.</summary>
internal sealed class ShopifyCostLease : RateLimitLease
{
    public static readonly ShopifyCostLease Acquired = new();

    public override bool IsAcquired => true;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
