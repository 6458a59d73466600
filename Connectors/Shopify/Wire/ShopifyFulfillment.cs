using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>Fulfillment: id, status (FulfillmentStatus) and its tracking.</summary>
internal sealed record ShopifyFulfillment(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("trackingInfo")] IReadOnlyList<ShopifyFulfillmentTrackingInfo>? TrackingInfo);
