using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>FBA Inventory getInventorySummaries: payload.inventorySummaries, with pagination.nextToken beside the payload.</summary>
internal sealed record GetInventorySummariesResponse(
    [property: JsonPropertyName("payload")] InventorySummariesPayload? Payload,
    [property: JsonPropertyName("pagination")] SearchOrdersPagination? Pagination);
