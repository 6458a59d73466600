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
            InventoryEntity, InventoryItemsQuery.Document, InventoryItemsQuery.Connection, first, InventoryItemsQuery.LevelsVariable, levels, InventoryItemsQuery.RequestedCost(first, levels),
            _api.InventoryItemsAsync, data => data.InventoryItems, ShopifyJsonContext.Default.ShopifyInventoryItem)
        {
            IdOrderedPages = true,
        };
        return PullPagesAsync<ShopifyInventoryItemsData, ShopifyInventoryItem, InventoryLevel>(pull, account, checkpoint, _ => MapInventoryItemAsync, cancellationToken);
    }

    /// <summary>One canonical row per location the item is stocked at.</summary>
    private async ValueTask MapInventoryItemAsync(
        ShopifyInventoryItem item, ShopifyRequestContext store, List<InventoryLevel> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(item.Sku))
        {
            throw new MappingException("The inventory item has no SKU, so its stock cannot be joined to a listing.");
        }

        var sku = item.Sku;
        item = await WithAllLevelsAsync(item, store, cancellationToken);
        foreach (var level in item.InventoryLevels?.Edges ?? [])
        {
            items.Add(Map<InventoryLevel>(new ShopifyInventoryLevelRow(sku, item.UpdatedAt, level.Node), issues));
        }
    }

    /// <summary>An item stocked at more locations than the first page gets the rest of its levels by follow-up queries.</summary>
    private async Task<ShopifyInventoryItem> WithAllLevelsAsync(ShopifyInventoryItem item, ShopifyRequestContext store, CancellationToken cancellationToken)
    {
        if (item.InventoryLevels is not { PageInfo.HasNextPage: true } firstPage)
        {
            return item;
        }

        if (string.IsNullOrEmpty(item.Id))
        {
            throw new MappingException("The inventory item has no id, so its remaining levels cannot be read.");
        }

        ShopifyLog.FetchingMoreInventoryLevels(_logger, item.Id);
        var size = _options.InventoryLevelsFollowUpPageSize;
        var followUp = new ShopifyFollowUp<ShopifyInventoryItemData, ShopifyInventoryLevel>(
            "inventory item", "levels", InventoryLevelsQuery.Document, size, InventoryLevelsQuery.RequestedCost(size), _api.InventoryLevelsAsync, data => data.InventoryItem?.InventoryLevels);
        return item with { InventoryLevels = await WithAllPagesAsync(firstPage, item.Id, followUp, store, cancellationToken) };
    }
}
