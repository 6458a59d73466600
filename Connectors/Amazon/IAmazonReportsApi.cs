using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Amazon.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>SP-API Reports 2021-06-30: request a report, poll it, and get its document's download address.</summary>
internal interface IAmazonReportsApi
{
    /// <summary>createReport (rate 0.0167/s, burst 15).</summary>
    [Post(AmazonConstants.ReportsPath)]
    Task<IApiResponse<CreateReportResponse>> CreateReportAsync(
        [Body] CreateReportSpecification body,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>getReport (rate 2/s, burst 15).</summary>
    [Get(AmazonConstants.ReportsPath + "/{reportId}")]
    Task<IApiResponse<AmazonReport>> GetReportAsync(
        string reportId,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>getReportDocument (rate 0.0167/s, burst 15).</summary>
    [Get(AmazonConstants.ReportDocumentsPath + "/{reportDocumentId}")]
    Task<IApiResponse<AmazonReportDocument>> GetReportDocumentAsync(
        string reportDocumentId,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        CancellationToken cancellationToken);
}
