using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The data of a products search: products stay raw JSON so one bad product is quarantined, not the page.</summary>
internal sealed record TikTokProductSearchData(
    [property: JsonPropertyName("next_page_token")] string? NextPageToken,
    [property: JsonPropertyName("total_count")] long? TotalCount,
    [property: JsonPropertyName("products")] IReadOnlyList<JsonElement>? Products);
