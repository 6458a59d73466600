using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API v0 money: an ISO 4217 code and a decimal string.</summary>
internal sealed record AmazonMoneyV0(
    [property: JsonPropertyName("CurrencyCode")] string? CurrencyCode,
    [property: JsonPropertyName("Amount")] string? Amount);
