namespace CrossBorderHub.Connectors.Shopify.Queries;

/// <summary>The rest of one inventory item's levels, for items stocked at more locations than the first page held.</summary>
internal static class InventoryLevelsQuery
{
    public const string Document = $$"""
        query InventoryLevels($id: ID!, $first: Int!, $after: String) {
          inventoryItem(id: $id) {
            id
            inventoryLevels(first: $first, after: $after) {
              edges {
                node { {{InventoryItemsQuery.LevelFields}} }
              }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        """;

    /// <summary>InventoryItem 1 + the levels connection.</summary>
    public static int RequestedCost(int first) => 1 + QueryCost.Connection(first, InventoryItemsQuery.LevelCost);
}
