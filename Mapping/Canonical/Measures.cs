namespace CrossBorderHub.Mapping.Canonical;

public enum WeightUnit
{
    Grams = 0,
    Kilograms = 1,
    Ounces = 2,
    Pounds = 3,
}

public enum LengthUnit
{
    Millimetres = 0,
    Centimetres = 1,
    Metres = 2,
    Inches = 3,
    Feet = 4,
}

public readonly record struct Weight(decimal Value, WeightUnit Unit);

public readonly record struct Dimensions(decimal Length, decimal Width, decimal Height, LengthUnit Unit);
