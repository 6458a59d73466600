using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The recipient: <see cref="DistrictInfo"/> lists the administrative levels (country, state, city...).</summary>
internal sealed record TikTokRecipientAddress
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("phone_number")] public string? PhoneNumber { get; init; }
    [JsonPropertyName("address_line1")] public string? AddressLine1 { get; init; }
    [JsonPropertyName("address_line2")] public string? AddressLine2 { get; init; }
    [JsonPropertyName("postal_code")] public string? PostalCode { get; init; }
    [JsonPropertyName("region_code")] public string? RegionCode { get; init; }
    [JsonPropertyName("district_info")] public IReadOnlyList<TikTokDistrict>? DistrictInfo { get; init; }
}
