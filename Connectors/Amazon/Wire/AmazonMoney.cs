using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API 2026-01-01 money: a decimal string and an ISO 4217 code.</summary>
internal sealed record AmazonMoney(
    [property: JsonPropertyName("amount")] string? Amount,
    [property: JsonPropertyName("currencyCode")] string? CurrencyCode);
