using CrossBorderHub.Connectors.TikTokShop.Http;

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

    public async Task<IReadOnlyList<TikTokShopAuthorizedShop>> GetAuthorizedShopsAsync(
        string appKey, string appSecret, string accessToken, Uri? apiUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(appKey);
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        var baseUrl = apiUrl ?? TikTokShopConstants.ApiHost;

        // No store exists yet: the app's own pipeline and budget, as for the code exchange.
        var context = new TikTokShopRequestContext("app:" + appKey, baseUrl, appKey, appSecret, accessToken, ShopCipher: null);
        var data = await ReadAsync(baseUrl, context, (store, ct) => api.GetAuthorizedShopsAsync(store, ct), cancellationToken, "reading the authorized shops");
        return ShopsOf(data, baseUrl.Host);
    }
}
