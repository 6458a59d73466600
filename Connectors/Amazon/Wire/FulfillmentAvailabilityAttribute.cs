using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>The fulfillment_availability attribute as product-type schemas spell it (snake_case, unlike the item's own fields).</summary>
internal sealed record FulfillmentAvailabilityAttribute(
    [property: JsonPropertyName("fulfillment_channel_code")] string FulfillmentChannelCode,
    [property: JsonPropertyName("quantity")] int Quantity);
