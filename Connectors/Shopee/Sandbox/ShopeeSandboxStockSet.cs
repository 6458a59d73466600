namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>One seller stock update_stock applied: the model (0 for an item without models), its location (null without warehouses), before and after.</summary>
public sealed record ShopeeSandboxStockSet(long ItemId, long ModelId, string? LocationId, int Before, int After);
