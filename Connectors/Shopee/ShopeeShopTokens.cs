namespace CrossBorderHub.Connectors.Shopee;

/// <summary>A newly authorized shop's tokens: the access token (about 4 hours) and the single-use refresh token (30 days).</summary>
public sealed record ShopeeShopTokens(long ShopId, string AccessToken, string RefreshToken, TimeSpan ExpiresIn);
