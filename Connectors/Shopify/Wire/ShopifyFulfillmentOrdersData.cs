using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyFulfillmentOrdersData(
    [property: JsonPropertyName("order")] ShopifyFulfillableOrder? Order);
