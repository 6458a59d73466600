namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>Weight: <c>value</c> in <c>unit</c> (WeightUnitOfMeasureEnum: POUND, KILOGRAM, OUNCE, GRAM).</summary>
internal sealed record EbayWeight(decimal? Value, string? Unit);
