using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>The OAuth error body of a refused code exchange, e.g. <c>{"error":"invalid_request","error_description":"…"}</c>.</summary>
internal sealed record ShopifyOAuthError(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);
