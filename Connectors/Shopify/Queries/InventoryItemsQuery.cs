namespace CrossBorderHub.Connectors.Shopify.Queries;

/// <summary>
/// Inventory items changed since a time with their levels per location. The inventoryItems query has no sortKey
/// argument, so pages come in id order and the checkpoint keeps the start filter until the last page.
/// </summary>
internal static class InventoryItemsQuery
{
    /// <summary>The level fields every levels page selects, first page or follow-up.</summary>
    public const string LevelFields = """updatedAt location { id name isFulfillmentService } quantities(names: ["available", "on_hand"]) { name quantity }""";

    /// <summary>The connection the page reads and the variable sizing each item's first page of levels.</summary>
    public const string Connection = "inventoryItems";

    public const string LevelsVariable = "levels";

    public const string Document = $$"""
        query InventoryItems($first: Int!, $after: String, $query: String, ${{LevelsVariable}}: Int!) {
          {{Connection}}(first: $first, after: $after, query: $query) {
            edges {
              cursor
              node {
                id
                sku
                updatedAt
                inventoryLevels(first: ${{LevelsVariable}}) {
                  edges {
                    node { {{LevelFields}} }
                  }
                  pageInfo { hasNextPage endCursor }
                }
              }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    /// <summary>InventoryLevel 1 + location 1 + quantities 1.</summary>
    public const int LevelCost = 3;

    public static int ItemCost(int levels) => 1 + QueryCost.Connection(levels, LevelCost);

    public static int RequestedCost(int first, int levels) => QueryCost.Connection(first, ItemCost(levels));

    public static int PageSize(int maxPageSize, int levels) => QueryCost.LargestPage(maxPageSize, ItemCost(levels));
}
