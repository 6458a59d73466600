using System.Text;

namespace CrossBorderHub.Connectors.Shopify.Queries;

/// <summary>Inventory items by SKU with their current available quantity per location: the ids and the compare-and-swap values a stock update needs.</summary>
internal static class InventoryItemsBySkuQuery
{
    /// <summary>The variable sizing each item's inventory levels.</summary>
    public const string LevelsVariable = "levels";

    public const string Document = $$"""
        query InventoryItemsBySku($first: Int!, $query: String!, ${{LevelsVariable}}: Int!) {
          inventoryItems(first: $first, query: $query) {
            edges {
              node {
                id
                sku
                inventoryLevels(first: ${{LevelsVariable}}) {
                  edges { node { location { id } quantities(names: ["available"]) { name quantity } } }
                  pageInfo { hasNextPage endCursor }
                }
              }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    /// <summary>InventoryLevel 1 + location 1 + quantities 1.</summary>
    private const int LevelCost = 3;

    public static int RequestedCost(int first, int levels) => QueryCost.Connection(first, 1 + QueryCost.Connection(levels, LevelCost));

    /// <summary>Shopify search syntax: <c>sku:"A" OR sku:"B"</c>, quotes and backslashes escaped.</summary>
    public static string Filter(IEnumerable<string> skus)
    {
        var text = new StringBuilder();
        foreach (var sku in skus)
        {
            if (text.Length > 0)
            {
                text.Append(" OR ");
            }

            text.Append("sku:\"").Append(sku.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }

        return text.ToString();
    }
}
