namespace CrossBorderHub.Connectors.Amazon.Sandbox;

/// <summary>One merchant-fulfilled quantity patchListingsItem set: the SKU, the quantity before and after.</summary>
public sealed record AmazonSandboxStockSet(string Sku, int Before, int After);
