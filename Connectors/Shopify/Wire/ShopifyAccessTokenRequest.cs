using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>The body of POST https://{shop}/admin/oauth/access_token: the app's credentials and the one-time code.</summary>
internal sealed record ShopifyAccessTokenRequest(
    [property: JsonPropertyName("client_id")] string ClientId,
    [property: JsonPropertyName("client_secret")] string ClientSecret,
    [property: JsonPropertyName("code")] string Code);
