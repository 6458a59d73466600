using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeOrderListEntry
{
    [JsonPropertyName("order_sn")]
    public string? OrderSn { get; init; }

    [JsonPropertyName("order_status")]
    public string? OrderStatus { get; init; }

    [JsonPropertyName("booking_sn")]
    public string? BookingSn { get; init; }
}
