using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>An issue Amazon found with a listing or submission; severity ERROR, WARNING or INFO.</summary>
internal sealed record ListingsIssue(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("severity")] string? Severity);
