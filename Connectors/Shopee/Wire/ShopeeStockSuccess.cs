using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeStockSuccess
{
    [JsonPropertyName("model_id")]
    public long ModelId { get; init; }

    [JsonPropertyName("location_id")]
    public string? LocationId { get; init; }

    [JsonPropertyName("stock")]
    public long? Stock { get; init; }
}
