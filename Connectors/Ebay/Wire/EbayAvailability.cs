namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>AvailabilityWithAll: the ship-to-home quantity (and in-store pickup quantities, which the connector does not read).</summary>
internal sealed record EbayAvailability(EbayShipToLocationAvailability? ShipToLocationAvailability);
