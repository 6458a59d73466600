using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>
/// Shopify's answer to a code exchange: an offline access token and the scopes granted, comma-separated (a write scope
/// stands for its read scope too, so <c>write_inventory</c> may come back without <c>read_inventory</c>).
/// </summary>
internal sealed record ShopifyAccessTokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("scope")] string? Scope);
