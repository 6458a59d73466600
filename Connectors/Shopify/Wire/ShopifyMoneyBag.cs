using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyMoneyBag(
    [property: JsonPropertyName("shopMoney")] ShopifyMoneyV2? ShopMoney);
