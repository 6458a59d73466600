namespace CrossBorderHub.Connectors.Shopify.Sandbox;

internal sealed record SandboxProduct(int Index, string Id, string Title, string Vendor, string Status, DateTimeOffset UpdatedAt, IReadOnlyList<SandboxVariant> Variants);

internal sealed record SandboxVariant(string Id, string InventoryItemId, string Sku, string Barcode, string Title, string Price, decimal Weight, string WeightUnit, string HsCode, string CountryOfOrigin);

internal sealed record SandboxLocation(string Id, string Name, bool IsFulfillmentService);
