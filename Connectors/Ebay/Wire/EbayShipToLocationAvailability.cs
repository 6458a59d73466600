namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>
/// ShipToLocationAvailability: <c>quantity</c> is the item's total ship-to-home quantity across the seller's
/// marketplaces; <c>availabilityDistributions</c> splits it by inventory location when the seller set that up.
/// </summary>
internal sealed record EbayShipToLocationAvailability(int? Quantity, IReadOnlyList<EbayAvailabilityDistribution>? AvailabilityDistributions = null);
