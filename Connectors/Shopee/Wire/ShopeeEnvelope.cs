using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>Every Shopee v2 answer: a non-empty <c>error</c> is a failure (often with HTTP 200); data sits under <c>response</c>.</summary>
internal sealed record ShopeeEnvelope<T>
    where T : class
{
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }

    [JsonPropertyName("warning")]
    public string? Warning { get; init; }

    [JsonPropertyName("response")]
    public T? Response { get; init; }
}
