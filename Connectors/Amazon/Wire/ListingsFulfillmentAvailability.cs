using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Stock of a SKU per fulfillment channel: DEFAULT for the seller's own, AMAZON_NA and kin for FBA.</summary>
internal sealed record ListingsFulfillmentAvailability(
    [property: JsonPropertyName("fulfillmentChannelCode")] string? FulfillmentChannelCode,
    [property: JsonPropertyName("quantity")] int? Quantity);
