using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

internal sealed record CreateReportResponse([property: JsonPropertyName("reportId")] string? ReportId);
