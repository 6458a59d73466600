using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>
/// The JSON body of POST /product/202309/products/search. Unlike the order search the update-time filter is closed at
/// both ends: update_time_ge and update_time_le (unix seconds).
/// </summary>
internal sealed record TikTokProductSearchRequest
{
    [JsonPropertyName("status"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }

    [JsonPropertyName("seller_skus"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? SellerSkus { get; init; }

    [JsonPropertyName("update_time_ge"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? UpdateTimeGe { get; init; }

    [JsonPropertyName("update_time_le"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? UpdateTimeLe { get; init; }
}
