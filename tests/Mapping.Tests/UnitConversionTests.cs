using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Mapping.Tests;

public sealed class UnitConversionTests
{
    [Theory]
    [InlineData(1, WeightUnit.Kilograms, 1000)]
    [InlineData(250, WeightUnit.Grams, 250)]
    [InlineData(1, WeightUnit.Pounds, 453.59237)]
    [InlineData(16, WeightUnit.Ounces, 453.59237)]
    public void ToGrams_converts_exactly(decimal value, WeightUnit unit, decimal grams) =>
        Assert.Equal(grams, UnitConversion.ToGrams(new Weight(value, unit)));

    [Theory]
    [InlineData(1, LengthUnit.Inches, 25.4)]
    [InlineData(2, LengthUnit.Centimetres, 20)]
    [InlineData(1, LengthUnit.Feet, 304.8)]
    [InlineData(0.5, LengthUnit.Metres, 500)]
    public void ToMillimetres_converts_exactly(decimal value, LengthUnit unit, decimal millimetres) =>
        Assert.Equal(millimetres, UnitConversion.ToMillimetres(value, unit));
}
