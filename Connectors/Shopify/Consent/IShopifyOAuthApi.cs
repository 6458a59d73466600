using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Shopify.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Shopify.Consent;

/// <summary>Shopify's token endpoint on the shop's host.</summary>
internal interface IShopifyOAuthApi
{
    /// <summary>
    /// Exchanges a one-time authorization code. Marked as changing state: after a timeout or 5xx the code may already be
    /// spent, so the pipeline does not send it again (only a 429, which Shopify did not act on, is retried).
    /// </summary>
    [Post(ShopifyConsentConstants.AccessTokenPath)]
    Task<IApiResponse<ShopifyAccessTokenResponse>> AccessTokenAsync(
        [Body] ShopifyAccessTokenRequest request,
        [Property(ShopifyOAuthHost.OptionName)] ShopifyOAuthHost host,
        [Property(UnsafeRequestRetry.OptionName)] bool changesState,
        CancellationToken cancellationToken);
}
