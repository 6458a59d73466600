using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyDiscountAllocation(
    [property: JsonPropertyName("allocatedAmountSet")] ShopifyMoneyBag? AllocatedAmountSet);
