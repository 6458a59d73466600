using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>Every TikTok Shop answer: code 0 is success, any other code a failure whatever the HTTP status.</summary>
internal sealed record TikTokEnvelope<TData>(
    [property: JsonPropertyName("code")] long? Code,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("request_id")] string? RequestId,
    [property: JsonPropertyName("data")] TData? Data)
    where TData : class;
