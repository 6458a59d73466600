using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeePackage
{
    [JsonPropertyName("package_number")]
    public string? PackageNumber { get; init; }

    [JsonPropertyName("logistics_status")]
    public string? LogisticsStatus { get; init; }

    [JsonPropertyName("shipping_carrier")]
    public string? ShippingCarrier { get; init; }

    [JsonPropertyName("logistics_channel_id")]
    public long? LogisticsChannelId { get; init; }
}
