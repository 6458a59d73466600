namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>Where a seller SKU lives on TikTok Shop: its product, TikTok's SKU id, and the warehouses it is stocked in.</summary>
internal sealed record TikTokSkuLocation(string ProductId, string SkuId, IReadOnlyList<string> Warehouses);
