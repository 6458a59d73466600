namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>One quantity inventorySetQuantities applied: the item, location, value before and after, and the idempotency key.</summary>
public sealed record ShopifySandboxStockSet(string InventoryItemId, string LocationId, int Before, int After, int? ChangeFromQuantity, string IdempotencyKey);
