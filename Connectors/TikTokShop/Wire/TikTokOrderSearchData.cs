using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The data of an orders search: orders stay raw JSON so one bad order is quarantined, not the page.</summary>
internal sealed record TikTokOrderSearchData(
    [property: JsonPropertyName("next_page_token")] string? NextPageToken,
    [property: JsonPropertyName("total_count")] long? TotalCount,
    [property: JsonPropertyName("orders")] IReadOnlyList<JsonElement>? Orders);
