using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>
/// The GraphQL response envelope: data and errors. The cost extension is read once, by the response handler
/// (Http/ShopifyResponseScan), before this is deserialized.
/// </summary>
internal sealed record ShopifyGraphQLResponse<TData>(
    [property: JsonPropertyName("data")] TData? Data,
    [property: JsonPropertyName("errors")] IReadOnlyList<ShopifyGraphQLError>? Errors);
