using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>Order, as selected by <c>OrdersQuery</c>.</summary>
internal sealed record ShopifyOrder
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("legacyResourceId")] public string? LegacyResourceId { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset CreatedAt { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset UpdatedAt { get; init; }
    [JsonPropertyName("cancelledAt")] public DateTimeOffset? CancelledAt { get; init; }
    [JsonPropertyName("displayFinancialStatus")] public string? DisplayFinancialStatus { get; init; }
    [JsonPropertyName("displayFulfillmentStatus")] public string? DisplayFulfillmentStatus { get; init; }
    [JsonPropertyName("returnStatus")] public string? ReturnStatus { get; init; }
    [JsonPropertyName("currencyCode")] public string? CurrencyCode { get; init; }
    [JsonPropertyName("subtotalPriceSet")] public ShopifyMoneyBag? SubtotalPriceSet { get; init; }
    [JsonPropertyName("totalShippingPriceSet")] public ShopifyMoneyBag? TotalShippingPriceSet { get; init; }
    [JsonPropertyName("totalTaxSet")] public ShopifyMoneyBag? TotalTaxSet { get; init; }
    [JsonPropertyName("totalDiscountsSet")] public ShopifyMoneyBag? TotalDiscountsSet { get; init; }
    [JsonPropertyName("totalPriceSet")] public ShopifyMoneyBag? TotalPriceSet { get; init; }
    [JsonPropertyName("email")] public string? Email { get; init; }
    [JsonPropertyName("phone")] public string? Phone { get; init; }
    [JsonPropertyName("shippingAddress")] public ShopifyMailingAddress? ShippingAddress { get; init; }
    [JsonPropertyName("lineItems")] public ShopifyConnection<ShopifyLineItem>? LineItems { get; init; }
}
