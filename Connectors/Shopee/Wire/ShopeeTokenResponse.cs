using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>The auth endpoints answer flat: the tokens sit beside error/message, not under "response".</summary>
internal sealed record ShopeeTokenResponse
{
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }

    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    /// <summary>Seconds the access token lasts.</summary>
    [JsonPropertyName("expire_in")]
    public long? ExpireIn { get; init; }

    [JsonPropertyName("partner_id")]
    public long? PartnerId { get; init; }

    [JsonPropertyName("shop_id")]
    public long? ShopId { get; init; }
}
