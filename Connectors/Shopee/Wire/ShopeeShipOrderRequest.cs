using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>ship_order: exactly the object info_needed asked for (an empty one when it needs no fields).</summary>
internal sealed record ShopeeShipOrderRequest
{
    [JsonPropertyName("order_sn")]
    public required string OrderSn { get; init; }

    [JsonPropertyName("package_number")]
    public string? PackageNumber { get; init; }

    [JsonPropertyName("pickup")]
    public ShopeeShipPickup? Pickup { get; init; }

    [JsonPropertyName("dropoff")]
    public ShopeeShipDropoff? Dropoff { get; init; }

    [JsonPropertyName("non_integrated")]
    public ShopeeShipNonIntegrated? NonIntegrated { get; init; }
}
