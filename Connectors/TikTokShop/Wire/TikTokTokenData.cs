using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The data of /api/v2/token/get and /api/v2/token/refresh; the *_expire_in values are unix seconds of expiry.</summary>
internal sealed record TikTokTokenData(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("access_token_expire_in")] long? AccessTokenExpireIn,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("refresh_token_expire_in")] long? RefreshTokenExpireIn);
