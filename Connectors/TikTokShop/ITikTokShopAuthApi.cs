using CrossBorderHub.Connectors.TikTokShop.Http;
using CrossBorderHub.Connectors.TikTokShop.Wire;
using Refit;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>The token host (auth.tiktok-shops.com): unsigned GET calls carrying the app secret in the query.</summary>
internal interface ITikTokShopAuthApi
{
    /// <summary>The code is single-use: marked as changing state, so the pipeline does not send it again after a timeout.</summary>
    [Get(TikTokShopConstants.TokenGetPath)]
    Task<IApiResponse<TikTokEnvelope<TikTokTokenData>>> GetTokenAsync(
        [AliasAs("app_key")] string appKey,
        [AliasAs("app_secret")] string appSecret,
        [AliasAs("auth_code")] string authCode,
        [AliasAs("grant_type")] string grantType,
        [Property(TikTokShopAuthHost.OptionName)] TikTokShopAuthHost host,
        [Property(Kit.Http.UnsafeRequestRetry.OptionName)] bool changesState,
        CancellationToken cancellationToken);

    [Get(TikTokShopConstants.TokenRefreshPath)]
    Task<IApiResponse<TikTokEnvelope<TikTokTokenData>>> RefreshTokenAsync(
        [AliasAs("app_key")] string appKey,
        [AliasAs("app_secret")] string appSecret,
        [AliasAs("refresh_token")] string refreshToken,
        [AliasAs("grant_type")] string grantType,
        [Property(TikTokShopAuthHost.OptionName)] TikTokShopAuthHost host,
        CancellationToken cancellationToken);
}
