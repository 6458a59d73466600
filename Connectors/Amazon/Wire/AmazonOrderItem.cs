using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API 2026-01-01 order item, embedded in its order.</summary>
internal sealed record AmazonOrderItem(
    [property: JsonPropertyName("orderItemId")] string? OrderItemId,
    [property: JsonPropertyName("quantityOrdered")] int QuantityOrdered,
    [property: JsonPropertyName("product")] AmazonProduct? Product,
    [property: JsonPropertyName("proceeds")] AmazonItemProceeds? Proceeds);
