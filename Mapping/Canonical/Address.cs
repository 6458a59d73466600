namespace CrossBorderHub.Mapping.Canonical;

/// <summary>A postal address; <see cref="CountryCode"/> is ISO 3166-1 alpha-2.</summary>
public sealed record Address
{
    public string? Name { get; init; }
    public string? Company { get; init; }
    public string? Line1 { get; init; }
    public string? Line2 { get; init; }
    public string? City { get; init; }
    public string? Region { get; init; }
    public string? PostalCode { get; init; }
    public string? CountryCode { get; init; }
    public string? Phone { get; init; }
}
