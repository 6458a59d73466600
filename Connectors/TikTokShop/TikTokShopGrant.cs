namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// A seller's authorization as the code exchange answers it: the token pair with the instants they expire (TikTok sends
/// them as unix seconds; null when absent) and who granted it. The shops themselves (and their ciphers) come from the
/// authorized shops list, called with <see cref="AccessToken"/>.
/// </summary>
public sealed record TikTokShopGrant(
    string AccessToken,
    DateTimeOffset? AccessTokenExpiresAt,
    string RefreshToken,
    DateTimeOffset? RefreshTokenExpiresAt,
    string OpenId,
    string? SellerName,
    string? SellerBaseRegion,
    IReadOnlyList<string> GrantedScopes)
{
    /// <summary>The store credentials this grant gives, to store beside the app secret (the keys the connector reads).</summary>
    public IReadOnlyDictionary<string, string> Credentials(string appSecret)
    {
        var credentials = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TikTokShopConstants.AppSecretCredential] = appSecret,
            [TikTokShopConstants.AccessTokenCredential] = AccessToken,
            [TikTokShopConstants.RefreshTokenCredential] = RefreshToken,
        };
        if (AccessTokenExpiresAt is { } expiry)
        {
            credentials[TikTokShopConstants.AccessTokenExpiresAtCredential] = expiry.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return credentials;
    }
}
