using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Connectors.Shopify.Bulk;
using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    /// <summary>A first sync (no checkpoint) backfills in bulk when enabled; a bulk backfill under way always goes on in bulk.</summary>
    private bool BackfillsInBulk(string? checkpoint) =>
        ShopifyBulkCheckpoint.TryParse(checkpoint) is not null || (_options.BulkBackfill && string.IsNullOrWhiteSpace(checkpoint));

    /// <summary>
    /// Backfills one entity through a bulk operation: start it (its id is stored at once, so a failed run polls the
    /// same one again), poll it on the clock until it ends, then stream its JSONL through the kit's pull loop with the
    /// same mapping and quarantine as paging. The last page's checkpoint is the watermark the snapshot covers, so the
    /// next sync goes on incrementally. An operation that failed, was canceled or whose result expired is abandoned:
    /// its partial data is never landed, and the next run starts a new one.
    /// </summary>
    private async IAsyncEnumerable<SourcePage<TCanonical>> PullInBulkAsync<TWire, TCanonical>(
        ShopifyBulkPull<TWire, TCanonical> bulk,
        StoreAccount account,
        string? checkpoint,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TWire : class
    {
        var meter = new ThrottleMeter();
        var store = ShopifyStoreAccount.Context(account, BulkQueries.PollCost) with { Meter = meter };
        var resume = ShopifyBulkCheckpoint.TryParse(checkpoint) ?? ShopifyBulkCheckpoint.Start;
        if (resume.Operation is null || resume.CreatedAt is null)
        {
            var started = await StartBulkAsync(bulk, store, cancellationToken);
            resume = new ShopifyBulkCheckpoint(started.Id, started.CreatedAt, 0, null);
            ShopifyBulkLog.Started(_logger, started.Id!, bulk.Entity);
            yield return Empty<TCanonical>(resume.ToString(), meter);
        }

        var operationId = resume.Operation!;
        var createdAt = resume.CreatedAt!.Value;
        var (operation, failure) = await AwaitBulkAsync(operationId, store, cancellationToken);
        if (failure is not null)
        {
            ShopifyBulkLog.Abandoned(_logger, operationId, operation?.Status ?? "unknown");
            yield return Empty<TCanonical>(ShopifyBulkCheckpoint.Start.ToString(), meter);
            throw failure;
        }

        ShopifyBulkLog.Completed(_logger, operationId, operation!.ObjectCount, operation.FileSize, resume.Position);
        if (operation.Url is null)
        {
            // COMPLETED with no url: the query matched nothing.
            yield return Empty<TCanonical>(ShopifyBulkCheckpoint.Finished(createdAt, resume.Newest), meter);
            yield break;
        }

        var map = await bulk.MapperFor(store, cancellationToken);
        var host = store.BaseUrl.Host;
        var (response, refused) = await OpenResultAsync(operationId, new Uri(operation.Url), store, cancellationToken);
        if (refused is not null)
        {
            yield return Empty<TCanonical>(ShopifyBulkCheckpoint.Start.ToString(), meter);
            throw refused;
        }

        using (response)
        {
            var body = await response!.Content.ReadAsStreamAsync(cancellationToken);
            await using var pages = new RecordStreamPages<ShopifyBulkRecord, ShopifyRecordMapper<TWire, TCanonical>>(
                WholeAsync(ShopifyBulkJsonl.ReadAsync(body, bulk.Children, cancellationToken), operationId, operation.RootObjectCount, host), map, _options.BulkPageSize);
            var cursor = new StreamCursor(resume.Position, resume.Newest, progress => progress.Done
                ? ShopifyBulkCheckpoint.Finished(createdAt, progress.Newest)
                : (resume with { Position = progress.Position, Newest = progress.Newest }).ToString());
            var records = new RecordPull<ShopifyBulkRecord, ShopifyRecordMapper<TWire, TCanonical>, TCanonical>(
                Marketplace,
                bulk.Entity,
                async (query, token) =>
                {
                    try
                    {
                        return await pages.FetchAsync(query, token);
                    }
                    catch (Exception e) when (e is IOException or HttpRequestException)
                    {
                        throw _failures.FromException(host, e);
                    }
                },
                (record, mapper, items, issues, token) => MapBulkRecordAsync(bulk, record, mapper, store, items, issues, token),
                record => IdOf(record.Node),
                record => UpdatedAtOf(record.Node),
                record => record.Payload)
            {
                Meter = meter,
            };

            await foreach (var page in PullLoop.PullAsync(records, cursor, _logger, cancellationToken))
            {
                yield return page;
            }
        }
    }

    /// <summary>
    /// Passes the JSONL's records on and, at its end, checks there were as many as the operation's rootObjectCount:
    /// a file cut short must fail the run (the next one reads the same result again), never end it as if complete.
    /// </summary>
    private async IAsyncEnumerable<ShopifyBulkRecord> WholeAsync(
        IAsyncEnumerable<ShopifyBulkRecord> records, string operationId, string? rootObjectCount, string host)
    {
        var read = 0L;
        await foreach (var record in records)
        {
            read++;
            yield return record;
        }

        if (long.TryParse(rootObjectCount, NumberStyles.None, CultureInfo.InvariantCulture, out var expected) && read != expected)
        {
            throw _failures.Malformed(host, string.Create(CultureInfo.InvariantCulture, $"the result of bulk operation {operationId} ended after {read} of its {expected} records."));
        }
    }

    private static SourcePage<TCanonical> Empty<TCanonical>(string checkpoint, ThrottleMeter meter) =>
        new([], [], [], checkpoint) { ThrottleWait = meter.Take() };

    private static ValueTask MapBulkRecordAsync<TWire, TCanonical>(
        ShopifyBulkPull<TWire, TCanonical> bulk,
        ShopifyBulkRecord record,
        ShopifyRecordMapper<TWire, TCanonical> map,
        ShopifyRequestContext store,
        List<TCanonical> items,
        List<MappingIssue> issues,
        CancellationToken cancellationToken)
        where TWire : class
    {
        if (record.Defect is not null)
        {
            throw new MappingException(record.Defect);
        }

        var wire = record.Node.Deserialize(bulk.Node) ?? throw new MappingException($"The {bulk.Entity} line is null.");
        return map(wire, store, items, issues, cancellationToken);
    }

    private async Task<ShopifyBulkOperation> StartBulkAsync<TWire, TCanonical>(
        ShopifyBulkPull<TWire, TCanonical> bulk, ShopifyRequestContext store, CancellationToken cancellationToken)
        where TWire : class
    {
        var request = new ShopifyGraphQLRequest(BulkQueries.RunQuery, new Dictionary<string, object?> { ["query"] = bulk.Query });
        var data = await SendAsync(_api.BulkOperationRunQueryAsync, request, store with { RequestedCost = BulkQueries.RunQueryCost }, cancellationToken);
        var host = store.BaseUrl.Host;
        var payload = data.BulkOperationRunQuery
            ?? throw _failures.Malformed(host, "data.bulkOperationRunQuery is missing, so the bulk operation's fate is unknown.");
        if (payload.UserErrors is { Count: > 0 } errors)
        {
            var error = errors[0];

            // Another operation running, or the shop's limit reached: wait and try again; anything else is a bad query.
            var kind = error.Code is ShopifyBulkNames.UserErrorCode.OperationInProgress or ShopifyBulkNames.UserErrorCode.LimitReached
                ? MarketplaceFailureKind.Throttled
                : MarketplaceFailureKind.Rejected;
            throw _failures.FromError(kind, host, new Kit.Failures.MarketplaceError(error.Code, string.Join(" | ", errors.Select(e => e.Message))));
        }

        return payload.BulkOperation is { Id: not null, CreatedAt: not null } operation
            ? operation
            : throw _failures.Malformed(host, "bulkOperationRunQuery returned no operation id and createdAt, and no userErrors.");
    }

    /// <summary>Polls until the operation ends; returns it COMPLETED, or the failure to end the run with.</summary>
    private async Task<(ShopifyBulkOperation? Operation, MarketplaceException? Failure)> AwaitBulkAsync(
        string operationId, ShopifyRequestContext store, CancellationToken cancellationToken)
    {
        var host = store.BaseUrl.Host;
        var request = new ShopifyGraphQLRequest(BulkQueries.Poll, new Dictionary<string, object?> { ["id"] = operationId });
        while (true)
        {
            var data = await SendAsync(_api.BulkOperationAsync, request, store, cancellationToken);
            var operation = data.BulkOperation;
            if (operation is null)
            {
                return (null, _failures.FromError(MarketplaceFailureKind.Unavailable, host, new Kit.Failures.MarketplaceError(null, $"bulk operation {operationId} no longer exists")));
            }

            ShopifyBulkLog.Polled(_logger, operationId, operation.Status, operation.ObjectCount);
            switch (operation.Status)
            {
                case ShopifyBulkNames.Status.Completed:
                    return (operation, null);
                case ShopifyBulkNames.Status.Failed:
                    var kind = operation.ErrorCode == ShopifyBulkNames.ErrorCode.AccessDenied ? MarketplaceFailureKind.AuthorizationRefused : MarketplaceFailureKind.Unavailable;
                    var partial = operation.PartialDataUrl is null ? "no partial data" : "its partial data is not landed";
                    return (operation, _failures.FromError(kind, host, new Kit.Failures.MarketplaceError(
                        operation.ErrorCode, $"bulk operation {operationId} FAILED ({partial}); the next run starts a new one")));
                case ShopifyBulkNames.Status.Canceled or ShopifyBulkNames.Status.Canceling or ShopifyBulkNames.Status.Expired:
                    return (operation, _failures.FromError(MarketplaceFailureKind.Unavailable, host, new Kit.Failures.MarketplaceError(
                        operation.Status, $"bulk operation {operationId} is {operation.Status}; the next run starts a new one")));
                case ShopifyBulkNames.Status.Created or ShopifyBulkNames.Status.Running:
                    await Task.Delay(_options.BulkPollInterval, _time, cancellationToken);
                    break;
                default:
                    return (operation, _failures.Malformed(host, $"bulk operation {operationId} has an unknown status '{MarketplaceException.Bound(operation.Status ?? "(none)", 40)}'."));
            }
        }
    }

    /// <summary>Opens the result; storage refusing the URL (expired, bad signature) abandons the operation, other failures keep it.</summary>
    private async Task<(HttpResponseMessage? Response, MarketplaceException? Refused)> OpenResultAsync(
        string operationId, Uri url, ShopifyRequestContext store, CancellationToken cancellationToken)
    {
        var host = url.Host;
        HttpResponseMessage response;
        try
        {
            response = await _bulkDownloads.OpenAsync(url, store, cancellationToken);
        }
        catch (Exception e) when (Kit.Failures.MarketplaceFailures.IsTransport(e))
        {
            throw _failures.FromException(host, e);
        }
        catch (ArgumentException e)
        {
            throw _failures.Malformed(store.BaseUrl.Host, $"bulk operation {operationId} points at a result URL that is not fetched: {e.Message}", e);
        }

        if (response.IsSuccessStatusCode)
        {
            return (response, null);
        }

        var status = response.StatusCode;
        var location = response.Headers.Location;
        response.Dispose();
        if (status is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            ShopifyBulkLog.Abandoned(_logger, operationId, string.Create(CultureInfo.InvariantCulture, $"download refused (HTTP {(int)status})"));
            return (null, _failures.FromError(MarketplaceFailureKind.Unavailable, host, new Kit.Failures.MarketplaceError(
                string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}"),
                $"the result of bulk operation {operationId} could not be downloaded (expired or refused URL); the next run starts a new operation")));
        }

        throw _failures.FromStatus(host, status, null, location);
    }
}
