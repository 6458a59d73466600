using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyEdge<TNode>(
    [property: JsonPropertyName("cursor")] string? Cursor,
    [property: JsonPropertyName("node")] TNode Node);
