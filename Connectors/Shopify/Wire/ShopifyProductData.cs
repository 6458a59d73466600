using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>The answer to the follow-up product(id) query for the rest of a product's variants.</summary>
internal sealed record ShopifyProductData(
    [property: JsonPropertyName("product")] ShopifyProductVariantsPage? Product);
