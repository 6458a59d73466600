using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeOrderDetailResponse
{
    [JsonPropertyName("order_list")]
    public IReadOnlyList<ShopeeOrder>? OrderList { get; init; }
}
