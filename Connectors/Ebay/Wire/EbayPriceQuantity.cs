namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>PriceQuantity: sets one SKU's total ship-to-home quantity (offers' own prices and quantities are left as they are).</summary>
internal sealed record EbayPriceQuantity(string Sku, EbayShipToLocationAvailability ShipToLocationAvailability);
