using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API 2026-01-01 order proceeds (includedData PROCEEDS): the grand total and its breakdown by type.</summary>
internal sealed record AmazonOrderProceeds(
    [property: JsonPropertyName("grandTotal")] AmazonMoney? GrandTotal,
    [property: JsonPropertyName("breakdowns")] IReadOnlyList<AmazonProceedsBreakdown>? Breakdowns);
