using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeItemListEntry
{
    [JsonPropertyName("item_id")]
    public long ItemId { get; init; }

    [JsonPropertyName("item_status")]
    public string? ItemStatus { get; init; }

    [JsonPropertyName("update_time")]
    public long UpdateTime { get; init; }

    [JsonPropertyName("tag")]
    public ShopeeItemTag? Tag { get; init; }
}
