using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeTrackingNumberResponse
{
    [JsonPropertyName("tracking_number")]
    public string? TrackingNumber { get; init; }
}
