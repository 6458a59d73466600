using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyProductsData(
    [property: JsonPropertyName("shop")] ShopifyShop? Shop,
    [property: JsonPropertyName("products")] ShopifyConnection<JsonElement> Products);
