using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

internal sealed record AmazonError(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("details")] string? Details);
