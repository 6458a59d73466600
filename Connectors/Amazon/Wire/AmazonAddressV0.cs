using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

internal sealed record AmazonAddressV0
{
    [JsonPropertyName("Name")]
    public string? Name { get; init; }

    [JsonPropertyName("CompanyName")]
    public string? CompanyName { get; init; }

    [JsonPropertyName("AddressLine1")]
    public string? AddressLine1 { get; init; }

    [JsonPropertyName("AddressLine2")]
    public string? AddressLine2 { get; init; }

    [JsonPropertyName("City")]
    public string? City { get; init; }

    [JsonPropertyName("StateOrRegion")]
    public string? StateOrRegion { get; init; }

    [JsonPropertyName("PostalCode")]
    public string? PostalCode { get; init; }

    [JsonPropertyName("CountryCode")]
    public string? CountryCode { get; init; }

    [JsonPropertyName("Phone")]
    public string? Phone { get; init; }
}
