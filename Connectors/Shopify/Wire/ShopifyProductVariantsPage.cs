using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyProductVariantsPage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("variants")] ShopifyConnection<ShopifyProductVariant> Variants);
