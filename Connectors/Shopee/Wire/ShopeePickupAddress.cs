using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeePickupAddress
{
    [JsonPropertyName("address_id")]
    public long AddressId { get; init; }

    [JsonPropertyName("address_flag")]
    public IReadOnlyList<string>? AddressFlag { get; init; }

    [JsonPropertyName("time_slot_list")]
    public IReadOnlyList<ShopeeTimeSlot>? TimeSlotList { get; init; }
}
