using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>ItemSearchResults: numberOfResults counts every match, though only the first 1,000 can be paged through.</summary>
internal sealed record SearchListingsItemsResponse(
    [property: JsonPropertyName("numberOfResults")] int? NumberOfResults,
    [property: JsonPropertyName("pagination")] SearchOrdersPagination? Pagination,
    [property: JsonPropertyName("items")] IReadOnlyList<System.Text.Json.JsonElement>? Items);
