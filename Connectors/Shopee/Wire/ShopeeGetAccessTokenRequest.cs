using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>auth/token/get: the one-time code from the authorization redirect, for one shop.</summary>
internal sealed record ShopeeGetAccessTokenRequest(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("partner_id")] long PartnerId,
    [property: JsonPropertyName("shop_id")] long ShopId);
