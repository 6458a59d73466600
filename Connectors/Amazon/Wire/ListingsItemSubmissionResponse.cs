using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>patchListingsItem answer: ACCEPTED (queued), INVALID (refused, see issues) or VALID (preview only).</summary>
internal sealed record ListingsItemSubmissionResponse(
    [property: JsonPropertyName("sku")] string? Sku,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("submissionId")] string? SubmissionId,
    [property: JsonPropertyName("issues")] IReadOnlyList<ListingsIssue>? Issues);
