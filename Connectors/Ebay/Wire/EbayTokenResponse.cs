namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>The identity endpoint's answer; a refresh grant may carry a new refresh token, which is then stored.</summary>
internal sealed record EbayTokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string? AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int? ExpiresIn,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string? TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("refresh_token_expires_in")] int? RefreshTokenExpiresIn);
