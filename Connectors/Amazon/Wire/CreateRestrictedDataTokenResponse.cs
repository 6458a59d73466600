using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>The Restricted Data Token (Atz.sprdt|...) and its lifetime in seconds.</summary>
internal sealed record CreateRestrictedDataTokenResponse(
    [property: JsonPropertyName("restrictedDataToken")] string? RestrictedDataToken,
    [property: JsonPropertyName("expiresIn")] int? ExpiresIn);
