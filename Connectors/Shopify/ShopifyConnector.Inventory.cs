using CrossBorderHub.Connectors.Shopify.Http;
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

    public IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken)
    {
        var levels = _options.InventoryLevelsPageSize;
        var first = InventoryItemsQuery.PageSize(_options.MaxInventoryItemsPageSize, levels);
        var pull = new ShopifyPull<ShopifyInventoryItemsData, ShopifyInventoryItem>(
            InventoryEntity, InventoryItemsQuery.Document, first, "levels", levels, InventoryItemsQuery.RequestedCost(first, levels),
            _api.InventoryItemsAsync, data => data.InventoryItems, ShopifyJsonContext.Default.ShopifyInventoryItem)
        {
            IdOrderedPages = true,
        };
        return PullPagesAsync<ShopifyInventoryItemsData, ShopifyInventoryItem, InventoryLevel>(pull, account, checkpoint, _ => MapInventoryItem, cancellationToken);
    }

    /// <summary>One canonical row per location the item is stocked at.</summary>
    private ValueTask MapInventoryItem(
        ShopifyInventoryItem item, ShopifyRequestContext store, List<InventoryLevel> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(item.Sku))
        {
            throw new MappingException("The inventory item has no SKU, so its stock cannot be joined to a listing.");
        }

        if (item.InventoryLevels is { PageInfo.HasNextPage: true })
        {
            throw new MappingException($"The item is stocked at more than {_options.InventoryLevelsPageSize} locations; raise {nameof(ShopifyOptions.InventoryLevelsPageSize)} to read them all.");
        }

        foreach (var level in item.InventoryLevels?.Edges ?? [])
        {
            items.Add(Map<InventoryLevel>(new ShopifyInventoryLevelRow(item.Sku, item.UpdatedAt, level.Node), issues));
        }

        return ValueTask.CompletedTask;
    }
}
