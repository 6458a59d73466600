using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeRefreshTokenRequest(
    [property: JsonPropertyName("refresh_token")] string RefreshToken,
    [property: JsonPropertyName("partner_id")] long PartnerId,
    [property: JsonPropertyName("shop_id")] long ShopId);
