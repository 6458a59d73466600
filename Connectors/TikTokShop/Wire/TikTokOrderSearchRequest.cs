using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The JSON body of POST /order/202309/orders/search: the filters (unix seconds, [ge, lt)).</summary>
internal sealed record TikTokOrderSearchRequest(
    [property: JsonPropertyName("update_time_ge"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? UpdateTimeGe,
    [property: JsonPropertyName("update_time_lt"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? UpdateTimeLt);
