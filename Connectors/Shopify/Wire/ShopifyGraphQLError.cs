using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyGraphQLError(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("extensions")] ShopifyErrorExtensions? Extensions);
