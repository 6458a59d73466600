using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>A SKU's price: sale_price is what the buyer pays (tax included for cross-border shops); decimal strings.</summary>
internal sealed record TikTokSkuPrice(
    [property: JsonPropertyName("currency")] string? Currency,
    [property: JsonPropertyName("sale_price")] string? SalePrice,
    [property: JsonPropertyName("tax_exclusive_price")] string? TaxExclusivePrice);
