using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeOrderItem
{
    [JsonPropertyName("item_id")]
    public long ItemId { get; init; }

    [JsonPropertyName("item_name")]
    public string? ItemName { get; init; }

    [JsonPropertyName("item_sku")]
    public string? ItemSku { get; init; }

    /// <summary>0 for an item without variations.</summary>
    [JsonPropertyName("model_id")]
    public long ModelId { get; init; }

    [JsonPropertyName("model_name")]
    public string? ModelName { get; init; }

    [JsonPropertyName("model_sku")]
    public string? ModelSku { get; init; }

    [JsonPropertyName("model_quantity_purchased")]
    public int ModelQuantityPurchased { get; init; }

    [JsonPropertyName("model_original_price")]
    public decimal? ModelOriginalPrice { get; init; }

    /// <summary>0 for bundle-deal items (their price is only in the escrow detail).</summary>
    [JsonPropertyName("model_discounted_price")]
    public decimal? ModelDiscountedPrice { get; init; }

    [JsonPropertyName("order_item_id")]
    public long? OrderItemId { get; init; }

    [JsonPropertyName("promotion_type")]
    public string? PromotionType { get; init; }

    [JsonPropertyName("weight")]
    public decimal? Weight { get; init; }
}
