using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeTimeSlot
{
    [JsonPropertyName("date")]
    public long? Date { get; init; }

    [JsonPropertyName("pickup_time_id")]
    public string? PickupTimeId { get; init; }
}
