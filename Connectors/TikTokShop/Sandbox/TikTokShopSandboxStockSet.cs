namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>One quantity an inventory update set: the SKU, the warehouse, the available quantity before and after.</summary>
public sealed record TikTokShopSandboxStockSet(string SellerSku, string WarehouseId, int Before, int After, DateTimeOffset At);
