using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeShipNonIntegrated
{
    [JsonPropertyName("tracking_number")]
    public string? TrackingNumber { get; init; }
}
