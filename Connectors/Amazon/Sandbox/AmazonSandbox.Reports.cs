using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

public sealed partial class AmazonSandbox
{
    /// <summary>Where report documents are downloaded from: the stand-in for Amazon's presigned storage addresses.</summary>
    private const string ReportDownloadPath = "report-documents";

    private readonly ConcurrentDictionary<string, SandboxReport> _reports = new();
    private int _reportNumber;

    /// <summary>Order reports requested so far, with their windows.</summary>
    public IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> ReportWindows => [.. _reports.Values.OrderBy(r => r.Number).Select(r => (r.Start, r.End))];

    /// <summary>createReport: GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL for the seller's marketplace, a window of at most 30 days.</summary>
    private (int Status, byte[] Body) CreateReport(IRequestMessage request)
    {
        DateTimeOffset start, end;
        try
        {
            using var document = JsonDocument.Parse(request.Body ?? string.Empty);
            var root = document.RootElement;
            if (root.GetProperty("reportType").GetString() != "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL"
                || !root.GetProperty("marketplaceIds").EnumerateArray().Any(m => m.GetString() == _options.MarketplaceId))
            {
                return InvalidInput("This sandbox makes the order report for the seller's marketplace only.");
            }

            start = DateTimeOffset.Parse(root.GetProperty("dataStartTime").GetString()!, CultureInfo.InvariantCulture);
            end = DateTimeOffset.Parse(root.GetProperty("dataEndTime").GetString()!, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentNullException)
        {
            return InvalidInput("The request body is not a CreateReportSpecification.");
        }

        if (end <= start || end - start > TimeSpan.FromDays(30))
        {
            return InvalidInput("The report window must be positive and at most 30 days.");
        }

        var number = Interlocked.Increment(ref _reportNumber);
        var reportId = string.Create(CultureInfo.InvariantCulture, $"{50000 + number}");
        _reports[reportId] = new SandboxReport(number, start, end);
        return (202, JsonSerializer.SerializeToUtf8Bytes(new { reportId }));
    }

    /// <summary>getReport: IN_QUEUE, then IN_PROGRESS, then DONE with a document; CANCELLED when the window holds no order.</summary>
    private (int Status, byte[] Body) GetReport(IRequestMessage request)
    {
        var reportId = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
        if (!_reports.TryGetValue(reportId, out var report))
        {
            return NotFound($"Report {reportId} was not found.");
        }

        var polls = Interlocked.Increment(ref report.Polls);
        var status = polls <= _options.ReportPollsBeforeDone
            ? (polls == 1 ? "IN_QUEUE" : "IN_PROGRESS")
            : ReportOrders(report).Count == 0 ? "CANCELLED" : "DONE";
        var body = new Dictionary<string, object?>
        {
            ["reportId"] = reportId,
            ["reportType"] = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL",
            ["processingStatus"] = status,
            ["createdTime"] = report.Start.ToString("O", CultureInfo.InvariantCulture),
            ["marketplaceIds"] = new[] { _options.MarketplaceId },
        };
        if (status == "DONE")
        {
            body["reportDocumentId"] = $"amzn1.spdoc.1.4.na.{reportId}";
        }

        return (200, JsonSerializer.SerializeToUtf8Bytes(body));
    }

    /// <summary>getReportDocument: the document's download address and GZIP.</summary>
    private (int Status, byte[] Body) GetReportDocument(IRequestMessage request)
    {
        var documentId = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
        if (!_reports.ContainsKey(documentId.Split('.')[^1]))
        {
            return NotFound($"Report document {documentId} was not found.");
        }

        var url = new Uri(Url, $"{ReportDownloadPath}/{documentId}").ToString();
        return (200, JsonSerializer.SerializeToUtf8Bytes(new { reportDocumentId = documentId, url, compressionAlgorithm = "GZIP" }));
    }

    /// <summary>The gzipped tab-separated document, as storage serves it: no SP-API token is asked for.</summary>
    private Task<IResponseMessage> DownloadReportAsync(IRequestMessage request)
    {
        var documentId = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
        if (!_reports.TryGetValue(documentId.Split('.')[^1], out var report))
        {
            return Task.FromResult<IResponseMessage>(SandboxResponses.Json(System.Net.HttpStatusCode.Forbidden, "<Error><Code>AccessDenied</Code></Error>"));
        }

        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            writer.Write(string.Join('\t', AmazonSandboxData.ReportColumns));
            writer.Write('\n');
            foreach (var index in ReportOrders(report))
            {
                Data.WriteReportRows(writer, index);
            }
        }

        var message = new ResponseMessage
        {
            StatusCode = 200,
            BodyData = new BodyData { BodyAsBytes = buffer.ToArray(), DetectedBodyType = BodyType.Bytes },
        };
        message.AddHeader("Content-Type", "application/octet-stream");
        return Task.FromResult<IResponseMessage>(message);
    }

    /// <summary>Orders whose last update falls in the report's window, in the order they were last updated.</summary>
    private List<int> ReportOrders(SandboxReport report)
    {
        var visible = Data.Arrivals.VisibleCount(_options.TimeProvider.GetUtcNow());
        return [.. Enumerable.Range(0, visible).Where(i => Data.UpdatedAt(i) >= report.Start && Data.UpdatedAt(i) < report.End).OrderBy(Data.UpdatedAt)];
    }

    private sealed class SandboxReport(int number, DateTimeOffset start, DateTimeOffset end)
    {
        public int Polls;

        public int Number { get; } = number;

        public DateTimeOffset Start { get; } = start;

        public DateTimeOffset End { get; } = end;
    }
}
