using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

internal sealed record InventorySummariesPayload(
    [property: JsonPropertyName("granularity")] InventoryGranularity? Granularity,
    [property: JsonPropertyName("inventorySummaries")] IReadOnlyList<JsonElement>? InventorySummaries);
