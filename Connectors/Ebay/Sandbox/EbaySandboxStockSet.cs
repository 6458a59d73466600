namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>One ship-to-home quantity a bulkUpdatePriceQuantity request set: the SKU, the quantity before and after.</summary>
public sealed record EbaySandboxStockSet(string Sku, int Before, int After);
