using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>One part of the proceeds, e.g. type ITEM, TAX, SHIPPING, DISCOUNT, DELIVERY_TIP.</summary>
internal sealed record AmazonProceedsBreakdown(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("subtotal")] AmazonMoney? Subtotal);
