using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyLineItem
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("sku")] public string? Sku { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("quantity")] public int Quantity { get; init; }
    [JsonPropertyName("originalUnitPriceSet")] public ShopifyMoneyBag? OriginalUnitPriceSet { get; init; }
    [JsonPropertyName("taxLines")] public IReadOnlyList<ShopifyTaxLine>? TaxLines { get; init; }
    [JsonPropertyName("discountAllocations")] public IReadOnlyList<ShopifyDiscountAllocation>? DiscountAllocations { get; init; }
}
