using System.Runtime.CompilerServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    /// <summary>
    /// Every entity on the kit's pull loop with an updated-since cursor: each page is sent from the cursor, its nodes
    /// stay JSON until each is deserialized and mapped on its own (a record fault quarantines that node with its raw
    /// JSON). <paramref name="mapperFor"/> gives each page's record mapper: page-wide facts are read once, outside any record.
    /// </summary>
    private async IAsyncEnumerable<SourcePage<TCanonical>> PullPagesAsync<TData, TWire, TCanonical>(
        ShopifyPull<TData, TWire> pull,
        StoreAccount account,
        string? checkpoint,
        Func<TData, ShopifyRecordMapper<TWire, TCanonical>> mapperFor,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TData : class
        where TWire : class
    {
        var meter = new ThrottleMeter();
        var store = ShopifyStoreAccount.Context(account, pull.RequestedCost) with { Meter = meter };
        var cursor = new WatermarkCursor(checkpoint, _options.CheckpointOverlap, pagesOrderedByUpdatedAt: !pull.IdOrderedPages);
        var records = new RecordPull<JsonElement, ShopifyRecordMapper<TWire, TCanonical>, TCanonical>(
            Marketplace,
            pull.Entity,
            (query, token) => FetchPageAsync(pull, store, query, mapperFor, token),
            (node, map, items, issues, token) => MapNodeAsync(pull, node, map, store, items, issues, token),
            IdOf,
            UpdatedAtOf,
            node => node.GetRawText())
        {
            Meter = meter,
        };

        await foreach (var page in PullLoop.PullAsync(records, cursor, _logger, cancellationToken))
        {
            yield return page;
        }
    }

    private async Task<FetchedPage<JsonElement, ShopifyRecordMapper<TWire, TCanonical>>> FetchPageAsync<TData, TWire, TCanonical>(
        ShopifyPull<TData, TWire> pull,
        ShopifyRequestContext store,
        PageQuery query,
        Func<TData, ShopifyRecordMapper<TWire, TCanonical>> mapperFor,
        CancellationToken cancellationToken)
        where TData : class
        where TWire : class
    {
        var request = new ShopifyGraphQLRequest(pull.Document, new Dictionary<string, object?>
        {
            ["first"] = pull.First,
            ["after"] = query.PageToken,
            ["query"] = UpdatedAtFilter(query.UpdatedFrom),
            [pull.NestedPageVariable] = pull.NestedPageSize,
        });
        var data = await SendAsync(pull.Call, request, store, cancellationToken);
        var connection = pull.Connection(data);
        if (connection?.Edges is not { } edges || connection.PageInfo is not { } pageInfo)
        {
            throw _failures.Malformed(
                store.BaseUrl.Host,
                $"data.{pull.ConnectionField} is missing or has no edges and pageInfo, so the page of {pull.Entity}s cannot be read.");
        }

        var nodes = new JsonElement[edges.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = edges[i].Node;
        }

        return new FetchedPage<JsonElement, ShopifyRecordMapper<TWire, TCanonical>>(nodes, mapperFor(data), pageInfo.EndCursor, pageInfo.HasNextPage);
    }

    private static ValueTask MapNodeAsync<TData, TWire, TCanonical>(
        ShopifyPull<TData, TWire> pull,
        JsonElement node,
        ShopifyRecordMapper<TWire, TCanonical> map,
        ShopifyRequestContext store,
        List<TCanonical> items,
        List<MappingIssue> issues,
        CancellationToken cancellationToken)
        where TData : class
        where TWire : class
    {
        var record = node.Deserialize(pull.Node) ?? throw new MappingException($"The {pull.Entity} node is null.");
        return map(record, store, items, issues, cancellationToken);
    }
}
