using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Mapping.Rules;

/// <summary>Converts weights and lengths so carriers and customs get the units they ask for.</summary>
public static class UnitConversion
{
    private const decimal GramsPerOunce = 28.349523125m;
    private const decimal GramsPerPound = 453.59237m;
    private const decimal MillimetresPerInch = 25.4m;

    public static decimal ToGrams(Weight weight) => weight.Unit switch
    {
        WeightUnit.Grams => weight.Value,
        WeightUnit.Kilograms => weight.Value * 1000m,
        WeightUnit.Ounces => weight.Value * GramsPerOunce,
        WeightUnit.Pounds => weight.Value * GramsPerPound,
        _ => throw new MappingException($"Unknown weight unit {weight.Unit}."),
    };

    public static decimal ToMillimetres(decimal value, LengthUnit unit) => unit switch
    {
        LengthUnit.Millimetres => value,
        LengthUnit.Centimetres => value * 10m,
        LengthUnit.Metres => value * 1000m,
        LengthUnit.Inches => value * MillimetresPerInch,
        LengthUnit.Feet => value * MillimetresPerInch * 12m,
        _ => throw new MappingException($"Unknown length unit {unit}."),
    };
}
