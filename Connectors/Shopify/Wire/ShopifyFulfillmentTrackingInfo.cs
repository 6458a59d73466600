using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyFulfillmentTrackingInfo(
    [property: JsonPropertyName("company")] string? Company,
    [property: JsonPropertyName("number")] string? Number,
    [property: JsonPropertyName("url")] string? Url);
