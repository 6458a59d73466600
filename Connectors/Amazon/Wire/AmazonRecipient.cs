using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API 2026-01-01 recipient (includedData RECIPIENT).</summary>
internal sealed record AmazonRecipient([property: JsonPropertyName("deliveryAddress")] AmazonDeliveryAddress? DeliveryAddress);
