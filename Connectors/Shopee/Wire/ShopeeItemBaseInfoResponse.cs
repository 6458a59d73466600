using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

internal sealed record ShopeeItemBaseInfoResponse
{
    [JsonPropertyName("item_list")]
    public IReadOnlyList<ShopeeItem>? ItemList { get; init; }
}
