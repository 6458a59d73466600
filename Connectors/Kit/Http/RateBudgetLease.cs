using System.Threading.RateLimiting;

namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>The lease handed to the Polly rate limiter once a budget's permits are taken.</summary>
internal sealed class RateBudgetLease : RateLimitLease
{
    public static readonly RateBudgetLease Acquired = new();

    public override bool IsAcquired => true;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
