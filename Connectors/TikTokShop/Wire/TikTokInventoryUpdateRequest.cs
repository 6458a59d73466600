using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The body of POST /product/202309/products/{product_id}/inventory/update: absolute quantities per SKU and warehouse.</summary>
internal sealed record TikTokInventoryUpdateRequest([property: JsonPropertyName("skus")] IReadOnlyList<TikTokSkuInventoryUpdate> Skus);
