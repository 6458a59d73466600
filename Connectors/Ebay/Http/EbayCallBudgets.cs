using CrossBorderHub.Connectors.Kit.Http;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Connectors.Ebay.Http;

/// <summary>
/// eBay's call limits are daily quotas per application (keyset) and API, shared by every store the keyset serves:
/// one bucket per (App ID, API), a burst then the daily quota spread over the day. eBay sends no rate headers on
/// these REST calls, so nothing corrects the estimate; a 429 is retried after its Retry-After.
/// </summary>
internal sealed class EbayCallBudgets(TimeProvider timeProvider, IOptions<EbayOptions> options)
{
    private const double SecondsPerDay = 86_400;
    private const int AnalyticsBurst = 10;

    private readonly RateBudgets<TokenBucket> _buckets = new(key => key.Operation switch
    {
        EbayConstants.IdentityApi => new TokenBucket(
            timeProvider, options.Value.TokenRefreshBurst, options.Value.TokenRefreshesPerDay / SecondsPerDay, EbayConstants.Marketplace),
        EbayConstants.AnalyticsApi => new TokenBucket(
            timeProvider, AnalyticsBurst, options.Value.AnalyticsCallsPerDay / SecondsPerDay, EbayConstants.Marketplace),
        EbayConstants.InventoryApi => new TokenBucket(
            timeProvider, options.Value.InventoryBurst, options.Value.InventoryCallsPerDay / SecondsPerDay, EbayConstants.Marketplace),
        _ => new TokenBucket(
            timeProvider, options.Value.FulfillmentBurst, options.Value.FulfillmentCallsPerDay / SecondsPerDay, EbayConstants.Marketplace),
    });

    public TokenBucket For(string applicationKey, string api) => _buckets.For(new RateBudgetKey(applicationKey, api));
}
