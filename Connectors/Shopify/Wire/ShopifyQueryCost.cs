using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyQueryCost(
    [property: JsonPropertyName("requestedQueryCost")] double RequestedQueryCost,
    [property: JsonPropertyName("actualQueryCost")] double? ActualQueryCost,
    [property: JsonPropertyName("throttleStatus")] ShopifyThrottleStatus? ThrottleStatus);
