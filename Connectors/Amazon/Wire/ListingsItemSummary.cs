using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>ItemSummaryByMarketplace: status holds BUYABLE and/or DISCOVERABLE, or nothing for a listing buyers cannot see.</summary>
internal sealed record ListingsItemSummary
{
    [JsonPropertyName("marketplaceId")]
    public string? MarketplaceId { get; init; }

    [JsonPropertyName("asin")]
    public string? Asin { get; init; }

    [JsonPropertyName("productType")]
    public string? ProductType { get; init; }

    [JsonPropertyName("status")]
    public IReadOnlyList<string>? Status { get; init; }

    [JsonPropertyName("itemName")]
    public string? ItemName { get; init; }

    [JsonPropertyName("createdDate")]
    public DateTimeOffset? CreatedDate { get; init; }

    [JsonPropertyName("lastUpdatedDate")]
    public DateTimeOffset? LastUpdatedDate { get; init; }
}
