using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>The aggregation level: granularityType Marketplace with the marketplace id.</summary>
internal sealed record InventoryGranularity(
    [property: JsonPropertyName("granularityType")] string? GranularityType,
    [property: JsonPropertyName("granularityId")] string? GranularityId);
