using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>getReport: processingStatus IN_QUEUE, IN_PROGRESS, DONE (with reportDocumentId), CANCELLED (no data) or FATAL.</summary>
internal sealed record AmazonReport(
    [property: JsonPropertyName("reportId")] string? ReportId,
    [property: JsonPropertyName("processingStatus")] string? ProcessingStatus,
    [property: JsonPropertyName("reportDocumentId")] string? ReportDocumentId);
