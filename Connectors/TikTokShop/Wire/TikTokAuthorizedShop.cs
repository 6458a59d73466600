using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>One shop the seller authorized the app for; <see cref="Cipher"/> goes with every shop-scoped call.</summary>
internal sealed record TikTokAuthorizedShop(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("seller_type")] string? SellerType,
    [property: JsonPropertyName("cipher")] string? Cipher,
    [property: JsonPropertyName("code")] string? Code);
