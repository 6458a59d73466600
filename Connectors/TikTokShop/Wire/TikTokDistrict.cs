using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

internal sealed record TikTokDistrict(
    [property: JsonPropertyName("address_level_name")] string? AddressLevelName,
    [property: JsonPropertyName("address_name")] string? AddressName);
