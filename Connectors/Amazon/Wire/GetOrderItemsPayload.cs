using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

internal sealed record GetOrderItemsPayload(
    [property: JsonPropertyName("AmazonOrderId")] string? AmazonOrderId,
    [property: JsonPropertyName("OrderItems")] IReadOnlyList<AmazonOrderItemV0>? OrderItems,
    [property: JsonPropertyName("NextToken")] string? NextToken);
