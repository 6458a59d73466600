namespace CrossBorderHub.Connectors.Ebay.Wire;

internal sealed record EbayPhoneNumber(string? PhoneNumber);
