using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>One line item: TikTok sends one per unit (no quantity), so lines of one SKU are folded by the mapping.</summary>
internal sealed record TikTokLineItem
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("sku_id")] public string? SkuId { get; init; }
    [JsonPropertyName("seller_sku")] public string? SellerSku { get; init; }
    [JsonPropertyName("product_name")] public string? ProductName { get; init; }
    [JsonPropertyName("sku_name")] public string? SkuName { get; init; }
    [JsonPropertyName("currency")] public string? Currency { get; init; }
    [JsonPropertyName("original_price")] public string? OriginalPrice { get; init; }
    [JsonPropertyName("sale_price")] public string? SalePrice { get; init; }
    [JsonPropertyName("seller_discount")] public string? SellerDiscount { get; init; }
    [JsonPropertyName("platform_discount")] public string? PlatformDiscount { get; init; }
    [JsonPropertyName("tracking_number")] public string? TrackingNumber { get; init; }
    [JsonPropertyName("package_id")] public string? PackageId { get; init; }
    [JsonPropertyName("item_tax")] public IReadOnlyList<TikTokItemTax>? ItemTax { get; init; }
}
