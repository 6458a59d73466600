using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API 2026-01-01 searchOrders answer. Orders stay JSON so each is read and mapped on its own.</summary>
internal sealed record SearchOrdersResponse(
    [property: JsonPropertyName("orders")] IReadOnlyList<System.Text.Json.JsonElement>? Orders,
    [property: JsonPropertyName("pagination")] SearchOrdersPagination? Pagination,
    [property: JsonPropertyName("lastUpdatedBefore")] DateTimeOffset? LastUpdatedBefore);
