using CrossBorderHub.Connectors.Shopify.Wire;

namespace CrossBorderHub.Connectors.Shopify.Mapping;

/// <summary>One inventory level with the item facts it needs to become a canonical row.</summary>
internal sealed record ShopifyInventoryLevelRow(string Sku, DateTimeOffset ItemUpdatedAt, ShopifyInventoryLevel Level);
