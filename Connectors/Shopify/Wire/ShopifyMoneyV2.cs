using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>MoneyV2: amount is a Decimal scalar, sent as a string.</summary>
internal sealed record ShopifyMoneyV2(
    [property: JsonPropertyName("amount")] string? Amount,
    [property: JsonPropertyName("currencyCode")] string? CurrencyCode);
