namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// TikTok Shop's authorization flow, for a consent page to use: the exchange of the one-time code TikTok sends back to
/// the app's redirect (?code=…) for the seller's first access and refresh tokens.
/// </summary>
public interface ITikTokShopAuthorization
{
    /// <summary>
    /// GET {authUrl}/api/v2/token/get with grant_type=authorized_code. The code is single-use: an exchange that timed out
    /// is not sent again, and a second exchange of the same code is refused.
    /// </summary>
    /// <param name="authUrl">The token host; null for TikTok's (auth.tiktok-shops.com). Only a host the hub allows.</param>
    /// <exception cref="MarketplaceException">TikTok refused the code or the app, or could not be reached.</exception>
    Task<TikTokShopGrant> ExchangeCodeAsync(string appKey, string appSecret, string authCode, Uri? authUrl, CancellationToken cancellationToken);
}
