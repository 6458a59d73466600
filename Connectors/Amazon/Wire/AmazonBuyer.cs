using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API 2026-01-01 buyer (includedData BUYER); buyerEmail is Amazon's anonymized relay address.</summary>
internal sealed record AmazonBuyer(
    [property: JsonPropertyName("buyerName")] string? BuyerName,
    [property: JsonPropertyName("buyerEmail")] string? BuyerEmail,
    [property: JsonPropertyName("buyerCompanyName")] string? BuyerCompanyName);
