using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>A Relay connection; nodes stay JSON until each is mapped on its own.</summary>
internal sealed record ShopifyConnection<TNode>(
    [property: JsonPropertyName("edges")] IReadOnlyList<ShopifyEdge<TNode>> Edges,
    [property: JsonPropertyName("pageInfo")] ShopifyPageInfo PageInfo);
