using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeShipPickup
{
    [JsonPropertyName("address_id")]
    public long? AddressId { get; init; }

    [JsonPropertyName("pickup_time_id")]
    public string? PickupTimeId { get; init; }

    [JsonPropertyName("tracking_number")]
    public string? TrackingNumber { get; init; }
}
