using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>FBA quantities: fulfillable can be sold now; reserved, researching and unfulfillable sit in the centres too.</summary>
internal sealed record InventoryDetails
{
    [JsonPropertyName("fulfillableQuantity")]
    public int? FulfillableQuantity { get; init; }

    [JsonPropertyName("reservedQuantity")]
    public InventoryQuantityTotal? ReservedQuantity { get; init; }

    [JsonPropertyName("researchingQuantity")]
    public InventoryQuantityTotal? ResearchingQuantity { get; init; }

    [JsonPropertyName("unfulfillableQuantity")]
    public InventoryQuantityTotal? UnfulfillableQuantity { get; init; }
}
