using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The data of GET /order/202309/orders?ids=...</summary>
internal sealed record TikTokOrderDetailData([property: JsonPropertyName("orders")] IReadOnlyList<TikTokOrder>? Orders);
