using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>
/// The data of /api/v2/token/get and /api/v2/token/refresh; the *_expire_in values are unix seconds of expiry. The seller
/// fields (open_id, seller_name, seller_base_region, user_type, granted_scopes) describe who granted the authorization.
/// </summary>
internal sealed record TikTokTokenData(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("access_token_expire_in")] long? AccessTokenExpireIn,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("refresh_token_expire_in")] long? RefreshTokenExpireIn)
{
    [JsonPropertyName("open_id")]
    public string? OpenId { get; init; }

    [JsonPropertyName("seller_name")]
    public string? SellerName { get; init; }

    [JsonPropertyName("seller_base_region")]
    public string? SellerBaseRegion { get; init; }

    [JsonPropertyName("user_type")]
    public int? UserType { get; init; }

    [JsonPropertyName("granted_scopes")]
    public IReadOnlyList<string>? GrantedScopes { get; init; }
}
