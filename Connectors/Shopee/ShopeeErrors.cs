namespace CrossBorderHub.Connectors.Shopee;

/// <summary>Shopee error codes to failure kinds. error_sign is a wrong partner key, never retried.</summary>
internal static class ShopeeErrors
{
    /// <summary>The access token expired or was revoked: worth one refresh before giving up.</summary>
    public static bool IsExpiredToken(string? code) =>
        code is ShopeeConstants.Errors.Auth or ShopeeConstants.Errors.InvalidAccessToken or ShopeeConstants.Errors.InvalidAccessTokenPrefixed;

    public static bool IsThrottle(string? code) =>
        code is not null && code.Contains("too_many_request", StringComparison.Ordinal);

    public static MarketplaceFailureKind KindOf(string? code) => code switch
    {
        _ when IsExpiredToken(code) => MarketplaceFailureKind.AuthorizationRefused,
        ShopeeConstants.Errors.Sign or ShopeeConstants.Errors.Permission or ShopeeConstants.Errors.Shop => MarketplaceFailureKind.AuthorizationRefused,
        _ when IsThrottle(code) => MarketplaceFailureKind.Throttled,

        // "Failed to get lock.": Shopee did not run the call; another one on the same order held it.
        ShopeeConstants.Errors.Server or ShopeeConstants.Errors.Network or ShopeeConstants.Errors.FailedToGetLock => MarketplaceFailureKind.Unavailable,
        _ => MarketplaceFailureKind.Rejected,
    };
}
