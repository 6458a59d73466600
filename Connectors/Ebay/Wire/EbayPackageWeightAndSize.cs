namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>PackageWeightAndSize: the shipping package's dimensions, type and weight.</summary>
internal sealed record EbayPackageWeightAndSize(EbayDimension? Dimensions, string? PackageType, bool? ShippingIrregular, EbayWeight? Weight);
