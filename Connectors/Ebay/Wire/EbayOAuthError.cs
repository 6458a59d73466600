namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>The identity endpoint's OAuth error body, e.g. <c>{"error":"invalid_grant","error_description":"…"}</c>.</summary>
internal sealed record EbayOAuthError(
    [property: System.Text.Json.Serialization.JsonPropertyName("error")] string? Error,
    [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string? ErrorDescription);
