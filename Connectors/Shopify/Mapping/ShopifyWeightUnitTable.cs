using CrossBorderHub.Mapping.Canonical;
using W = CrossBorderHub.Connectors.Shopify.Mapping.ShopifyEnums.Weight;

namespace CrossBorderHub.Connectors.Shopify.Mapping;

internal static class ShopifyWeightUnitTable
{
    public const string Field = "inventoryItem.measurement.weight.unit";

    public static WeightUnit? Resolve(string? unit) => unit switch
    {
        W.Grams => WeightUnit.Grams,
        W.Kilograms => WeightUnit.Kilograms,
        W.Ounces => WeightUnit.Ounces,
        W.Pounds => WeightUnit.Pounds,
        _ => null,
    };
}
