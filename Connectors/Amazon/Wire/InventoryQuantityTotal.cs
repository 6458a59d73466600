using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>The total of a breakdown: totalReservedQuantity, totalResearchingQuantity or totalUnfulfillableQuantity.</summary>
internal sealed record InventoryQuantityTotal
{
    [JsonPropertyName("totalReservedQuantity")]
    public int? TotalReserved { get; init; }

    [JsonPropertyName("totalResearchingQuantity")]
    public int? TotalResearching { get; init; }

    [JsonPropertyName("totalUnfulfillableQuantity")]
    public int? TotalUnfulfillable { get; init; }

    public int Total => (TotalReserved ?? 0) + (TotalResearching ?? 0) + (TotalUnfulfillable ?? 0);
}
