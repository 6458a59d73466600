namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>
/// Commerce Identity getUser's answer, the two fields the connector reads: <c>userId</c>, the user's immutable id, and
/// <c>username</c>, which the user may change (so it only names the store).
/// </summary>
internal sealed record EbayUserResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("userId")] string? UserId,
    [property: System.Text.Json.Serialization.JsonPropertyName("username")] string? Username);
