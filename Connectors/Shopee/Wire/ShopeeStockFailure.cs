using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeStockFailure
{
    [JsonPropertyName("model_id")]
    public long ModelId { get; init; }

    [JsonPropertyName("failed_reason")]
    public string? FailedReason { get; init; }
}
