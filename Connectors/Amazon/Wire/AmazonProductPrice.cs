using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

internal sealed record AmazonProductPrice([property: JsonPropertyName("unitPrice")] AmazonMoney? UnitPrice);
