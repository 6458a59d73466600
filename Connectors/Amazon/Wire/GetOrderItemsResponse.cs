using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API v0 getOrderItems answer, paged by its own NextToken.</summary>
internal sealed record GetOrderItemsResponse([property: JsonPropertyName("payload")] GetOrderItemsPayload? Payload);
