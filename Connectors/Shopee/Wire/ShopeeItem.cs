using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>
/// get_item_base_info's item, the fields the canonical product and stock are built from. price_info is absent for an
/// item with models (each model has its own); weight is a string in kilograms, dimensions whole centimetres.
/// </summary>
internal sealed record ShopeeItem
{
    [JsonPropertyName("item_id")]
    public long ItemId { get; init; }

    [JsonPropertyName("category_id")]
    public long? CategoryId { get; init; }

    [JsonPropertyName("item_name")]
    public string? ItemName { get; init; }

    [JsonPropertyName("item_sku")]
    public string? ItemSku { get; init; }

    [JsonPropertyName("create_time")]
    public long CreateTime { get; init; }

    [JsonPropertyName("update_time")]
    public long UpdateTime { get; init; }

    [JsonPropertyName("price_info")]
    public IReadOnlyList<ShopeePriceInfo>? PriceInfo { get; init; }

    [JsonPropertyName("weight")]
    public string? Weight { get; init; }

    [JsonPropertyName("dimension")]
    public ShopeeDimension? Dimension { get; init; }

    [JsonPropertyName("condition")]
    public string? Condition { get; init; }

    [JsonPropertyName("item_status")]
    public string? ItemStatus { get; init; }

    [JsonPropertyName("has_model")]
    public bool HasModel { get; init; }

    [JsonPropertyName("brand")]
    public ShopeeBrand? Brand { get; init; }

    [JsonPropertyName("gtin_code")]
    public string? GtinCode { get; init; }

    [JsonPropertyName("tax_info")]
    public ShopeeTaxInfo? TaxInfo { get; init; }

    [JsonPropertyName("stock_info_v2")]
    public ShopeeStockInfo? StockInfoV2 { get; init; }
}
