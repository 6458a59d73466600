using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The body of POST /product/202309/inventory/search: up to 100 product ids or up to 600 SKU ids.</summary>
internal sealed record TikTokInventorySearchRequest(
    [property: JsonPropertyName("product_ids"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? ProductIds,
    [property: JsonPropertyName("sku_ids"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? SkuIds);
