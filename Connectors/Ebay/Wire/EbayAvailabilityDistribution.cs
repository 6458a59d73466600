namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>AvailabilityDistribution: the quantity at one inventory location (merchantLocationKey).</summary>
internal sealed record EbayAvailabilityDistribution(string? MerchantLocationKey, int? Quantity);
