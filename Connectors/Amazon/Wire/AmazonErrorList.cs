using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>SP-API error envelope: {"errors":[{"code","message","details"}]}.</summary>
internal sealed record AmazonErrorList([property: JsonPropertyName("errors")] IReadOnlyList<AmazonError>? Errors);
