using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeStockSummary
{
    /// <summary>Stock reserved for promotions: update_stock cannot go below it.</summary>
    [JsonPropertyName("total_reserved_stock")]
    public int? TotalReservedStock { get; init; }

    [JsonPropertyName("total_available_stock")]
    public int? TotalAvailableStock { get; init; }
}
