using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>A listing price: numbers in the listing currency; current_price is the promotion price while one runs.</summary>
internal sealed record ShopeePriceInfo
{
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    [JsonPropertyName("original_price")]
    public decimal? OriginalPrice { get; init; }

    [JsonPropertyName("current_price")]
    public decimal? CurrentPrice { get; init; }
}
