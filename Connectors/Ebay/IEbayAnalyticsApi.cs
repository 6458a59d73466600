using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>The Developer Analytics API, called with the application's token rather than a seller's.</summary>
internal interface IEbayAnalyticsApi
{
    /// <summary>getRateLimits: every API's quota, calls used and left, and reset time for the application.</summary>
    [Get(EbayConstants.RateLimitsPath)]
    Task<IApiResponse<EbayRateLimitsResponse>> GetRateLimitsAsync(
        [Property(EbayRequestContext.OptionName)] EbayRequestContext store,
        CancellationToken cancellationToken);
}
