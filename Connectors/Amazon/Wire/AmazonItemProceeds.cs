using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>An order item's proceeds: its total and breakdown by type (ITEM is the line total, not the unit price).</summary>
internal sealed record AmazonItemProceeds(
    [property: JsonPropertyName("proceedsTotal")] AmazonMoney? ProceedsTotal,
    [property: JsonPropertyName("breakdowns")] IReadOnlyList<AmazonProceedsBreakdown>? Breakdowns);
