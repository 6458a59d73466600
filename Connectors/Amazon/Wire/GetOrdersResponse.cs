using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API v0 getOrders answer; orders stay JSON so each is read and mapped on its own.</summary>
internal sealed record GetOrdersResponse([property: JsonPropertyName("payload")] GetOrdersPayload? Payload);
