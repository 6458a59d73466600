namespace CrossBorderHub.Connectors.Ebay.Wire;

internal sealed record EbayShippingStep(EbayExtendedContact? ShipTo, string? ShippingCarrierCode, string? ShippingServiceCode);
