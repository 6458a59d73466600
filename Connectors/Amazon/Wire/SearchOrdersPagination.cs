using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>searchOrders pagination: nextToken goes back as paginationToken.</summary>
internal sealed record SearchOrdersPagination([property: JsonPropertyName("nextToken")] string? NextToken);
