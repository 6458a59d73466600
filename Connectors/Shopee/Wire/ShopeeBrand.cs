using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeBrand
{
    [JsonPropertyName("brand_id")]
    public long? BrandId { get; init; }

    [JsonPropertyName("original_brand_name")]
    public string? OriginalBrandName { get; init; }
}
