using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

internal sealed record ConfirmShipmentOrderItem(
    [property: JsonPropertyName("orderItemId")] string OrderItemId,
    [property: JsonPropertyName("quantity")] int Quantity);
