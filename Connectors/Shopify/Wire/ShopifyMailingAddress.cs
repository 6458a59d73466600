using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyMailingAddress
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("company")] public string? Company { get; init; }
    [JsonPropertyName("address1")] public string? Address1 { get; init; }
    [JsonPropertyName("address2")] public string? Address2 { get; init; }
    [JsonPropertyName("city")] public string? City { get; init; }
    [JsonPropertyName("provinceCode")] public string? ProvinceCode { get; init; }
    [JsonPropertyName("zip")] public string? Zip { get; init; }
    [JsonPropertyName("countryCodeV2")] public string? CountryCodeV2 { get; init; }
    [JsonPropertyName("phone")] public string? Phone { get; init; }
}
