using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeOrderListResponse
{
    [JsonPropertyName("more")]
    public bool More { get; init; }

    /// <summary>"" when <see cref="More"/> is false.</summary>
    [JsonPropertyName("next_cursor")]
    public string? NextCursor { get; init; }

    [JsonPropertyName("order_list")]
    public IReadOnlyList<ShopeeOrderListEntry>? OrderList { get; init; }
}
