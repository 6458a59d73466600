using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeShippingParameterResponse
{
    [JsonPropertyName("info_needed")]
    public ShopeeInfoNeeded? InfoNeeded { get; init; }

    [JsonPropertyName("pickup")]
    public ShopeePickupOptions? Pickup { get; init; }
}
