using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeePickupOptions
{
    [JsonPropertyName("address_list")]
    public IReadOnlyList<ShopeePickupAddress>? AddressList { get; init; }
}
