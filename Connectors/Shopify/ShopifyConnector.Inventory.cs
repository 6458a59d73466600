using System.Runtime.CompilerServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Mapping;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    private const string InventoryEntity = "inventory item";

    public async IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(
        StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var levels = _options.InventoryLevelsPageSize;
        var first = InventoryItemsQuery.PageSize(_options.MaxInventoryItemsPageSize, levels);
        var store = ShopifyStoreAccount.Context(account, InventoryItemsQuery.RequestedCost(first, levels));
        var resume = ShopifyCheckpoint.Parse(checkpoint);

        // inventoryItems pages come in id order: keep the filter this run started from until its last page.
        var since = resume.After is null ? resume.UpdatedAt - _options.CheckpointOverlap : resume.Since;
        var filter = UpdatedAtFilter(since);
        var newest = resume.UpdatedAt;
        var after = resume.After;
        bool more;
        do
        {
            var request = new ShopifyGraphQLRequest(InventoryItemsQuery.Document, new Dictionary<string, object?>
            {
                ["first"] = first,
                ["after"] = after,
                ["query"] = filter,
                ["levels"] = levels,
            });
            var data = await SendAsync(_api.InventoryItemsAsync, request, store, cancellationToken);
            var items = new List<InventoryLevel>();
            var quarantined = new List<QuarantinedRecord>();
            var issues = new List<MappingIssue>();
            foreach (var edge in data.InventoryItems.Edges)
            {
                var node = edge.Node;
                newest = Max(newest, node);
                var id = IdOf(node);
                try
                {
                    var item = node.Deserialize(ShopifyJsonContext.Default.ShopifyInventoryItem) ?? throw new MappingException("The inventory item node is null.");
                    if (string.IsNullOrEmpty(item.Sku))
                    {
                        throw new MappingException("The inventory item has no SKU, so its stock cannot be joined to a listing.");
                    }

                    if (item.InventoryLevels is { PageInfo.HasNextPage: true })
                    {
                        throw new MappingException($"The item is stocked at more than {levels} locations; raise {nameof(ShopifyOptions.InventoryLevelsPageSize)} to read them all.");
                    }

                    var rows = new List<InventoryLevel>();
                    var itemIssues = new List<MappingIssue>();
                    foreach (var level in item.InventoryLevels?.Edges ?? [])
                    {
                        rows.Add(Map<InventoryLevel>(new ShopifyInventoryLevelRow(item.Sku, item.UpdatedAt, level.Node), itemIssues));
                    }

                    items.AddRange(rows);
                    issues.AddRange(itemIssues);
                }
                catch (Exception e) when (IsRecordFault(e))
                {
                    Quarantine(quarantined, InventoryEntity, id, node, $"Inventory item could not be mapped: {ReasonOf(e)}");
                }
            }

            more = data.InventoryItems.PageInfo.HasNextPage && data.InventoryItems.PageInfo.EndCursor is not null;
            after = data.InventoryItems.PageInfo.EndCursor;
            var next = more ? new ShopifyCheckpoint(newest, since, after) : new ShopifyCheckpoint(newest);
            yield return new SourcePage<InventoryLevel>(items, quarantined, issues, next.ToString());
        }
        while (more);
    }
}
