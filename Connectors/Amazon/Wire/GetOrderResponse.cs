using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API 2026-01-01 getOrder answer.</summary>
internal sealed record GetOrderResponse([property: JsonPropertyName("order")] AmazonOrder? Order);
