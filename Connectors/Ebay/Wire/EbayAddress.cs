namespace CrossBorderHub.Connectors.Ebay.Wire;

internal sealed record EbayAddress(
    string? AddressLine1,
    string? AddressLine2,
    string? City,
    string? County,
    string? StateOrProvince,
    string? PostalCode,
    string? CountryCode);
