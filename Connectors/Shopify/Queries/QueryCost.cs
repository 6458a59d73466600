namespace CrossBorderHub.Connectors.Shopify.Queries;

/// <summary>
/// Shopify's documented requested-cost rules: scalars and enums 0, objects 1, a connection 2 plus
/// first × the cost of one node (nested connections multiply).
/// </summary>
internal static class QueryCost
{
    public static int Connection(int first, int nodeCost) => 2 + (first * nodeCost);

    /// <summary>The largest first that keeps one query under Shopify's single-query maximum.</summary>
    public static int LargestPage(int maxPageSize, int nodeCost, int overhead = 0) =>
        Math.Clamp((ShopifyConstants.MaxSingleQueryCost - overhead - 2) / nodeCost, 1, Math.Min(maxPageSize, ShopifyConstants.MaxPageSize));
}
