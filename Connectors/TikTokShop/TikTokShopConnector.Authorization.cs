namespace CrossBorderHub.Connectors.TikTokShop;

internal sealed partial class TikTokShopConnector : ITikTokShopAuthorization
{
    public Task<TikTokShopGrant> ExchangeCodeAsync(string appKey, string appSecret, string authCode, Uri? authUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(appKey);
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        ArgumentException.ThrowIfNullOrEmpty(authCode);
        return tokens.ExchangeCodeAsync(appKey, appSecret, authCode, authUrl ?? TikTokShopConstants.AuthHost, cancellationToken);
    }
}
