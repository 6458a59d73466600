using System.Text.Json;
using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Amazon;

internal sealed partial class AmazonConnector
{
    private const string OrderEntity = "order";

    /// <summary>Items, buyer, address and money come embedded, so no call per order (and no Restricted Data Token) is needed.</summary>
    private static readonly string[] IncludedData = ["BUYER", "RECIPIENT", "PROCEEDS", "FULFILLMENT"];

    public IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken)
    {
        var meter = new ThrottleMeter();
        var store = AmazonStoreAccount.Context(account, AmazonConstants.Operations.SearchOrders) with { Meter = meter };
        var settings = account.SettingsAs<AmazonSettings>();
        if (AmazonBackfillCheckpoint.TryParse(checkpoint) is { } backfill)
        {
            return PullReportBackfillAsync(account, settings, backfill.Window, cancellationToken);
        }

        if (checkpoint is null && settings.Backfill == AmazonConstants.ReportsBackfill)
        {
            return PullReportBackfillAsync(account, settings, null, cancellationToken);
        }

        // Amazon does not promise an order of pages, so a run in progress keeps its filter and token in the checkpoint.
        var cursor = new WatermarkCursor(checkpoint, _options.CheckpointOverlap, pagesOrderedByUpdatedAt: false);
        return AmazonStoreAccount.UsesOrdersV0(settings)
            ? PullOrdersV0Async(store, settings, cursor, meter, cancellationToken)
            : PullSearchOrdersAsync(store, settings, cursor, meter, cancellationToken);
    }

    private IAsyncEnumerable<SourcePage<CanonicalOrder>> PullSearchOrdersAsync(
        AmazonRequestContext store, AmazonSettings settings, WatermarkCursor cursor, ThrottleMeter meter, CancellationToken cancellationToken)
    {
        var pull = new RecordPull<JsonElement, AmazonRequestContext, CanonicalOrder>(
            Marketplace,
            OrderEntity,
            (query, token) => SearchOrdersPageAsync(store, settings, query, token),
            (node, _, items, issues, _) =>
            {
                var order = node.Deserialize(AmazonJsonContext.Default.AmazonOrder) ?? throw new MappingException("The order is null.");
                items.Add(MapOrder(order, issues));
                return ValueTask.CompletedTask;
            },
            node => Text(node, "orderId"),
            node => Time(node, "lastUpdatedTime"),
            node => node.GetRawText())
        {
            Meter = meter,
        };
        return PullLoop.PullAsync(pull, cursor, logger, cancellationToken);
    }

    private async Task<FetchedPage<JsonElement, AmazonRequestContext>> SearchOrdersPageAsync(
        AmazonRequestContext store, AmazonSettings settings, PageQuery query, CancellationToken cancellationToken)
    {
        var since = query.UpdatedFrom ?? time.GetUtcNow() - _options.InitialLookback;
        var answer = await SendAsync(
            () => api.SearchOrdersAsync(settings.MarketplaceIds, Timestamp(since), IncludedData, _options.OrdersPageSize, query.PageToken, store, cancellationToken),
            store,
            cancellationToken);
        if (answer.Orders is not { } orders)
        {
            throw _failures.Malformed(store.BaseUrl.Host, "searchOrders answered without an orders array.");
        }

        var next = answer.Pagination?.NextToken;
        return new FetchedPage<JsonElement, AmazonRequestContext>(orders, store, next, !string.IsNullOrEmpty(next));
    }

    private static string? Text(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Time(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var at)
            ? at
            : null;
}
