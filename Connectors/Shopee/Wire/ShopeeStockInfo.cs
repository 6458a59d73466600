using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>stock_info_v2: the seller's own stock per location (what update_stock sets) and Shopee's warehouse stock.</summary>
internal sealed record ShopeeStockInfo
{
    [JsonPropertyName("summary_info")]
    public ShopeeStockSummary? SummaryInfo { get; init; }

    [JsonPropertyName("seller_stock")]
    public IReadOnlyList<ShopeeStockLocation>? SellerStock { get; init; }

    [JsonPropertyName("shopee_stock")]
    public IReadOnlyList<ShopeeStockLocation>? ShopeeStock { get; init; }
}
