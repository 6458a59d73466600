using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Tokens API 2021-03-01 createRestrictedDataToken body: up to 50 restricted resources.</summary>
internal sealed record CreateRestrictedDataTokenRequest(
    [property: JsonPropertyName("restrictedResources")] IReadOnlyList<RestrictedResource> RestrictedResources);
