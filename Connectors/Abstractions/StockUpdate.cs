namespace CrossBorderHub.Connectors;

/// <summary>Set the quantity available to sell of one SKU at one location (a marketplace location id, or null for the store's only one).</summary>
public sealed record StockUpdate(string Sku, string? LocationId, int Available);
