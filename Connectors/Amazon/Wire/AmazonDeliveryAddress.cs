using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

internal sealed record AmazonDeliveryAddress
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("companyName")]
    public string? CompanyName { get; init; }

    [JsonPropertyName("addressLine1")]
    public string? AddressLine1 { get; init; }

    [JsonPropertyName("addressLine2")]
    public string? AddressLine2 { get; init; }

    [JsonPropertyName("city")]
    public string? City { get; init; }

    [JsonPropertyName("stateOrRegion")]
    public string? StateOrRegion { get; init; }

    [JsonPropertyName("postalCode")]
    public string? PostalCode { get; init; }

    [JsonPropertyName("countryCode")]
    public string? CountryCode { get; init; }

    [JsonPropertyName("phone")]
    public string? Phone { get; init; }
}
