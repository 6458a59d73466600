using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyTaxLine(
    [property: JsonPropertyName("priceSet")] ShopifyMoneyBag? PriceSet);
