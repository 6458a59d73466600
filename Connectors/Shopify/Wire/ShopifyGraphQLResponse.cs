using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>The GraphQL response envelope: data, errors and the cost extension.</summary>
internal sealed record ShopifyGraphQLResponse<TData>(
    [property: JsonPropertyName("data")] TData? Data,
    [property: JsonPropertyName("errors")] IReadOnlyList<ShopifyGraphQLError>? Errors,
    [property: JsonPropertyName("extensions")] ShopifyResponseExtensions? Extensions);
