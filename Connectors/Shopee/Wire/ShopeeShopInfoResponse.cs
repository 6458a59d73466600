using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>shop/get_shop_info answers flat, like the auth endpoints: the shop's fields sit beside error/message.</summary>
internal sealed record ShopeeShopInfoResponse
{
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }

    [JsonPropertyName("shop_name")]
    public string? ShopName { get; init; }

    [JsonPropertyName("region")]
    public string? Region { get; init; }

    /// <summary>NORMAL, BANNED or FROZEN.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }
}
