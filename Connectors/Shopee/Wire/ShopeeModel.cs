using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>A model (variant). Weight and dimension, when absent, are the item's.</summary>
internal sealed record ShopeeModel
{
    [JsonPropertyName("model_id")]
    public long ModelId { get; init; }

    [JsonPropertyName("tier_index")]
    public IReadOnlyList<int>? TierIndex { get; init; }

    [JsonPropertyName("model_sku")]
    public string? ModelSku { get; init; }

    /// <summary>MODEL_NORMAL or MODEL_UNAVAILABLE.</summary>
    [JsonPropertyName("model_status")]
    public string? ModelStatus { get; init; }

    [JsonPropertyName("price_info")]
    public IReadOnlyList<ShopeePriceInfo>? PriceInfo { get; init; }

    [JsonPropertyName("stock_info_v2")]
    public ShopeeStockInfo? StockInfoV2 { get; init; }

    [JsonPropertyName("gtin_code")]
    public string? GtinCode { get; init; }

    [JsonPropertyName("weight")]
    public string? Weight { get; init; }

    [JsonPropertyName("dimension")]
    public ShopeeDimension? Dimension { get; init; }
}
