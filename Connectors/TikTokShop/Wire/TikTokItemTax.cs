using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

internal sealed record TikTokItemTax(
    [property: JsonPropertyName("tax_type")] string? TaxType,
    [property: JsonPropertyName("tax_amount")] string? TaxAmount,
    [property: JsonPropertyName("tax_rate")] string? TaxRate);
