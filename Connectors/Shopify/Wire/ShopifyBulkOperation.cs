using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>BulkOperation as the poll selects it; UnsignedInt64 counts arrive as strings.</summary>
internal sealed record ShopifyBulkOperation
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("errorCode")] public string? ErrorCode { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("completedAt")] public DateTimeOffset? CompletedAt { get; init; }
    [JsonPropertyName("objectCount")] public string? ObjectCount { get; init; }
    [JsonPropertyName("rootObjectCount")] public string? RootObjectCount { get; init; }
    [JsonPropertyName("fileSize")] public string? FileSize { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("partialDataUrl")] public string? PartialDataUrl { get; init; }
}
