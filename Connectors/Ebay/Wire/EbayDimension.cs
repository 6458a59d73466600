namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>Dimension: length, width and height in <c>unit</c> (LengthUnitOfMeasureEnum: INCH, FEET, CENTIMETER, METER).</summary>
internal sealed record EbayDimension(decimal? Length, decimal? Width, decimal? Height, string? Unit);
