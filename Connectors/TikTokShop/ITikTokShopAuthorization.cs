namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// TikTok Shop's authorization flow, for a consent page to use: the exchange of the one-time code TikTok sends back to
/// the app's redirect (?code=…) for the seller's first access and refresh tokens, and the shops that authorization covers.
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

    /// <summary>
    /// GET {apiUrl}/authorization/202309/shops, signed with the app secret and sent with the seller's access token (an
    /// app-level call: no shop cipher): every shop the seller authorized the app for, in TikTok's order.
    /// </summary>
    /// <param name="apiUrl">The API host; null for TikTok's (open-api.tiktokglobalshop.com). Only a host the hub allows.</param>
    /// <exception cref="MarketplaceException">TikTok refused the token or the app, or could not be reached.</exception>
    Task<IReadOnlyList<TikTokShopAuthorizedShop>> GetAuthorizedShopsAsync(
        string appKey, string appSecret, string accessToken, Uri? apiUrl, CancellationToken cancellationToken);
}
