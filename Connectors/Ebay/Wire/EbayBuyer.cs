namespace CrossBorderHub.Connectors.Ebay.Wire;

internal sealed record EbayBuyer(string? Username, EbayExtendedContact? BuyerRegistrationAddress);
