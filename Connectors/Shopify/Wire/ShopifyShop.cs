using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyShop(
    [property: JsonPropertyName("currencyCode")] string? CurrencyCode);
