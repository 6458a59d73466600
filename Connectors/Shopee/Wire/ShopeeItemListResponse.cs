using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>get_item_list: one offset page of item ids with their status and update_time.</summary>
internal sealed record ShopeeItemListResponse
{
    [JsonPropertyName("item")]
    public IReadOnlyList<ShopeeItemListEntry>? Item { get; init; }

    [JsonPropertyName("total_count")]
    public long TotalCount { get; init; }

    [JsonPropertyName("has_next_page")]
    public bool HasNextPage { get; init; }

    [JsonPropertyName("next_offset")]
    public long NextOffset { get; init; }
}
