using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>FulfillmentTrackingInput: the carrier's name, the tracking number and its URL.</summary>
internal sealed record ShopifyFulfillmentTrackingInput(
    [property: JsonPropertyName("company")] string Company,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("url")] string? Url);
