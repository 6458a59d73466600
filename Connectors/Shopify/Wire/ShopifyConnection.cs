using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>A Relay connection.</summary>
internal sealed record ShopifyConnection<TNode>(
    [property: JsonPropertyName("edges")] IReadOnlyList<ShopifyEdge<TNode>> Edges,
    [property: JsonPropertyName("pageInfo")] ShopifyPageInfo PageInfo);
