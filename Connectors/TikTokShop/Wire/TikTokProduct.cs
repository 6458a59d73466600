using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>A product as GET /product/202309/products/{product_id} returns it (the fields the hub reads).</summary>
internal sealed record TikTokProduct
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>DRAFT, PENDING, FAILED, ACTIVATE, SELLER_DEACTIVATED, PLATFORM_DEACTIVATED, FREEZE, DELETED.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("brand")]
    public TikTokBrand? Brand { get; init; }

    [JsonPropertyName("skus")]
    public IReadOnlyList<TikTokSku>? Skus { get; init; }

    [JsonPropertyName("create_time")]
    public long? CreateTime { get; init; }

    [JsonPropertyName("update_time")]
    public long? UpdateTime { get; init; }
}
