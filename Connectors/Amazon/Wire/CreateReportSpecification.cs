using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Reports API 2021-06-30 createReport body: the report type, marketplaces and the data window.</summary>
internal sealed record CreateReportSpecification(
    [property: JsonPropertyName("reportType")] string ReportType,
    [property: JsonPropertyName("marketplaceIds")] IReadOnlyList<string> MarketplaceIds,
    [property: JsonPropertyName("dataStartTime")] string DataStartTime,
    [property: JsonPropertyName("dataEndTime")] string DataEndTime);
