using System.Runtime.CompilerServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    /// <summary>
    /// The loop every entity shares: send a page from the checkpoint, deserialize and map each node on its own
    /// (a record fault quarantines that node with its raw JSON), track the newest updatedAt, yield, follow pageInfo.
    /// <paramref name="mapperFor"/> gives each page's record mapper (page-wide facts are read once, outside any record);
    /// the mapper appends what one record becomes, and if it fails, what it appended is taken back.
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
        var store = ShopifyStoreAccount.Context(account, pull.RequestedCost);
        var resume = ShopifyCheckpoint.Parse(checkpoint);
        var since = pull.IdOrderedPages && resume.After is not null ? resume.Since : resume.UpdatedAt - _options.CheckpointOverlap;
        var filter = UpdatedAtFilter(since);
        var newest = resume.UpdatedAt;
        var after = pull.IdOrderedPages ? resume.After : null;
        bool more;
        do
        {
            var request = new ShopifyGraphQLRequest(pull.Document, new Dictionary<string, object?>
            {
                ["first"] = pull.First,
                ["after"] = after,
                ["query"] = filter,
                [pull.NestedPageVariable] = pull.NestedPageSize,
            });
            var data = await SendAsync(pull.Call, request, store, cancellationToken);
            var connection = pull.Connection(data);
            var map = mapperFor(data);
            var items = new List<TCanonical>(connection.Edges.Count);
            var quarantined = new List<QuarantinedRecord>();
            var issues = new List<MappingIssue>();
            foreach (var edge in connection.Edges)
            {
                var node = edge.Node;
                newest = Max(newest, node);
                var itemCount = items.Count;
                var issueCount = issues.Count;
                try
                {
                    var record = node.Deserialize(pull.Node) ?? throw new MappingException($"The {pull.Entity} node is null.");
                    await map(record, store, items, issues, cancellationToken);
                }
                catch (Exception e) when (IsRecordFault(e))
                {
                    items.RemoveRange(itemCount, items.Count - itemCount);
                    issues.RemoveRange(issueCount, issues.Count - issueCount);
                    Quarantine(quarantined, pull.Entity, IdOf(node), node, $"{pull.Label} could not be mapped: {ReasonOf(e)}");
                }
            }

            more = connection.PageInfo.HasNextPage && connection.PageInfo.EndCursor is not null;
            after = connection.PageInfo.EndCursor;
            var next = (more && pull.IdOrderedPages ? new ShopifyCheckpoint(newest, since, after) : new ShopifyCheckpoint(newest)).ToString();
            ShopifyLog.PageMapped(_logger, pull.Entity, items.Count, quarantined.Count, next);

            yield return new SourcePage<TCanonical>(items, quarantined, issues, next);
        }
        while (more);
    }
}
