using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>getReportDocument: a presigned URL (valid five minutes) and compressionAlgorithm GZIP when the document is compressed.</summary>
internal sealed record AmazonReportDocument(
    [property: JsonPropertyName("reportDocumentId")] string? ReportDocumentId,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("compressionAlgorithm")] string? CompressionAlgorithm);
