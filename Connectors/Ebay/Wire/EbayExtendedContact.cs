namespace CrossBorderHub.Connectors.Ebay.Wire;

internal sealed record EbayExtendedContact(string? FullName, string? CompanyName, EbayAddress? ContactAddress, EbayPhoneNumber? PrimaryPhone, string? Email);
