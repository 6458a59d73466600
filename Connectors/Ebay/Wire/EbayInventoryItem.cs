namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>InventoryItemWithSkuLocaleGroupid: one inventory item as getInventoryItems lists it, keyed by the seller's SKU.</summary>
internal sealed record EbayInventoryItem(
    string? Sku,
    string? Locale,
    string? Condition,
    string? ConditionDescription,
    EbayProduct? Product,
    EbayPackageWeightAndSize? PackageWeightAndSize,
    EbayAvailability? Availability,
    IReadOnlyList<string>? GroupIds,
    IReadOnlyList<string>? InventoryItemGroupKeys);
