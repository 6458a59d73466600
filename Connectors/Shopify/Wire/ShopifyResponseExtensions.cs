using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyResponseExtensions(
    [property: JsonPropertyName("cost")] ShopifyQueryCost? Cost);
