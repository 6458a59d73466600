using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Ebay.Mapping;

/// <summary>eBay's WeightUnitOfMeasureEnum and LengthUnitOfMeasureEnum as canonical units; null for a value eBay does not document.</summary>
internal static class EbayUnits
{
    public static WeightUnit? Weight(string? unit) => unit switch
    {
        "GRAM" => WeightUnit.Grams,
        "KILOGRAM" => WeightUnit.Kilograms,
        "OUNCE" => WeightUnit.Ounces,
        "POUND" => WeightUnit.Pounds,
        _ => null,
    };

    public static LengthUnit? Length(string? unit) => unit switch
    {
        "CENTIMETER" => LengthUnit.Centimetres,
        "METER" => LengthUnit.Metres,
        "INCH" => LengthUnit.Inches,
        "FEET" => LengthUnit.Feet,
        _ => null,
    };
}
