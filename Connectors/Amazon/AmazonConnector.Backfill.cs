using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Amazon.Mapping;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Amazon;

internal sealed partial class AmazonConnector
{
    public const string OrdersReportType = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";

    /// <summary>The Reports API takes order report windows of at most 30 days.</summary>
    public static readonly TimeSpan MaxReportWindow = TimeSpan.FromDays(30);

    /// <summary>
    /// A store with backfill "reports" reads its history (InitialLookback) on its first orders sync through the order
    /// report instead of page by page: one report per window of at most 30 days (createReport, getReport polled until
    /// DONE, getReportDocument, the document downloaded and gunzipped), its orders served in pages. A failed run
    /// resumes in its window. When the last window is read, the checkpoint becomes the usual updated-since one at the
    /// backfill's end, and later syncs page from there.
    /// </summary>
    private async IAsyncEnumerable<SourcePage<CanonicalOrder>> PullReportBackfillAsync(
        StoreAccount account, AmazonSettings settings, string? window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var meter = new ThrottleMeter();
        var store = AmazonStoreAccount.Context(account, AmazonConstants.Operations.CreateReport) with { Meter = meter };
        var cursor = new TimeWindowCursor(window, new TimeWindowOptions(time.GetUtcNow() - _options.InitialLookback, _options.ReportWindow, V0SettleTime), time);
        var documents = new Dictionary<string, List<AmazonReportOrder>>(StringComparer.Ordinal);
        var pull = new RecordPull<AmazonReportOrder, AmazonRequestContext, CanonicalOrder>(
            Marketplace,
            OrderEntity,
            (query, token) => ReportPageAsync(store, settings, documents, query, token),
            (order, _, items, issues, _) =>
            {
                items.Add(AmazonReportOrderRules.Map(order, issues));
                return ValueTask.CompletedTask;
            },
            order => order.OrderId,
            order => DateTimeOffset.TryParse(order.Rows[0].GetValueOrDefault("last-updated-date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null,
            order => order.Raw)
        {
            Meter = meter,
        };
        await foreach (var page in PullLoop.PullAsync(pull, cursor, logger, cancellationToken))
        {
            yield return page with
            {
                Checkpoint = cursor.Next is null ? new WatermarkCheckpoint(cursor.Horizon).ToString() : new AmazonBackfillCheckpoint(page.Checkpoint).ToString(),
            };
        }
    }

    /// <summary>A page of one window's report; the page token is "{reportDocumentId}|{orders read}".</summary>
    private async Task<FetchedPage<AmazonReportOrder, AmazonRequestContext>> ReportPageAsync(
        AmazonRequestContext store, AmazonSettings settings, Dictionary<string, List<AmazonReportOrder>> documents, PageQuery query, CancellationToken cancellationToken)
    {
        string? documentId;
        var position = 0;
        if (query.PageToken is { } token)
        {
            var parts = token.Split('|');
            documentId = parts[0];
            position = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else
        {
            documentId = await RequestReportAsync(store, settings, query.UpdatedFrom!.Value, query.UpdatedTo!.Value, cancellationToken);
        }

        if (documentId is null)
        {
            return new FetchedPage<AmazonReportOrder, AmazonRequestContext>([], store, null, false);
        }

        if (!documents.TryGetValue(documentId, out var orders))
        {
            orders = documents[documentId] = await DownloadReportAsync(store.For(AmazonConstants.Operations.GetReportDocument), documentId, cancellationToken);
        }

        var page = orders.Skip(position).Take(_options.ReportPageSize).ToList();
        var end = position + page.Count;
        var more = end < orders.Count;
        return new FetchedPage<AmazonReportOrder, AmazonRequestContext>(page, store, more ? string.Create(CultureInfo.InvariantCulture, $"{documentId}|{end}") : null, more);
    }

    /// <summary>createReport for [start, end), then getReport every ReportPollInterval until DONE; null when Amazon cancels it for want of data.</summary>
    private async Task<string?> RequestReportAsync(AmazonRequestContext store, AmazonSettings settings, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var host = store.BaseUrl.Host;
        var specification = new CreateReportSpecification(OrdersReportType, settings.MarketplaceIds, Timestamp(start), Timestamp(end));
        var created = await SendAsync(() => reports.CreateReportAsync(specification, store, cancellationToken), store, cancellationToken);
        var reportId = created.ReportId is { Length: > 0 } id ? id : throw _failures.Malformed(host, "createReport answered without a reportId.");
        var poll = store.For(AmazonConstants.Operations.GetReport);
        var deadline = time.GetUtcNow() + _options.ReportTimeout;
        while (true)
        {
            var report = await SendAsync(() => reports.GetReportAsync(reportId, poll, cancellationToken), poll, cancellationToken);
            switch (report.ProcessingStatus)
            {
                case "DONE":
                    return report.ReportDocumentId is { Length: > 0 } document ? document : throw _failures.Malformed(host, $"report {reportId} is DONE without a reportDocumentId.");
                case "CANCELLED":
                    return null;
                case "FATAL":
                    throw new MarketplaceException(MarketplaceFailureKind.Unavailable, Marketplace, "FATAL", $"Amazon could not produce order report {reportId} for {Timestamp(start)} to {Timestamp(end)} (FATAL); the run is tried again.");
            }

            if (time.GetUtcNow() >= deadline)
            {
                throw new MarketplaceException(MarketplaceFailureKind.Unavailable, Marketplace, report.ProcessingStatus, $"Order report {reportId} was still {report.ProcessingStatus} after {_options.ReportTimeout}.");
            }

            await Task.Delay(_options.ReportPollInterval, time, cancellationToken);
        }
    }

    /// <summary>getReportDocument and the document itself, from its presigned address (no SP-API token goes there), gunzipped when Amazon says GZIP.</summary>
    private async Task<List<AmazonReportOrder>> DownloadReportAsync(AmazonRequestContext store, string documentId, CancellationToken cancellationToken)
    {
        var document = await SendAsync(() => reports.GetReportDocumentAsync(documentId, store, cancellationToken), store, cancellationToken);
        if (!Uri.TryCreate(document.Url, UriKind.Absolute, out var url))
        {
            throw _failures.Malformed(store.BaseUrl.Host, $"getReportDocument for {documentId} answered without a url.");
        }

        var documentFailures = new MarketplaceFailures(Marketplace, "Amazon report storage");
        try
        {
            using var http = httpClients.CreateClient(AmazonConstants.ReportDocumentsClientName);
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw documentFailures.FromStatus(url.Host, response.StatusCode);
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            await using var content = document.CompressionAlgorithm == "GZIP" ? new GZipStream(body, CompressionMode.Decompress) : body;
            using var reader = new StreamReader(content, System.Text.Encoding.UTF8);
            return AmazonFlatFile.Orders(reader);
        }
        catch (Exception e) when (MarketplaceFailures.IsTransport(e) || e is InvalidDataException or IOException)
        {
            throw documentFailures.FromException(url.Host, e);
        }
    }
}
