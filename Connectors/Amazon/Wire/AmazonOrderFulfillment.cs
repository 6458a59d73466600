using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API 2026-01-01 order fulfillment: status, who fulfils (MERCHANT or AMAZON) and the ship-by window.</summary>
internal sealed record AmazonOrderFulfillment(
    [property: JsonPropertyName("fulfillmentStatus")] string? FulfillmentStatus,
    [property: JsonPropertyName("fulfilledBy")] string? FulfilledBy,
    [property: JsonPropertyName("shipByWindow")] AmazonTimeWindow? ShipByWindow);
