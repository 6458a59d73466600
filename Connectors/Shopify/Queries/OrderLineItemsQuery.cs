namespace CrossBorderHub.Connectors.Shopify.Queries;

/// <summary>The rest of one order's line items, for orders with more lines than the first page held.</summary>
internal static class OrderLineItemsQuery
{
    public const string Document = $$"""
        query OrderLineItems($id: ID!, $first: Int!, $after: String) {
          order(id: $id) {
            id
            lineItems(first: $first, after: $after) {
              edges {
                node { {{OrdersQuery.LineItemFields}} }
              }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        """;

    public static int RequestedCost(int first) => 1 + QueryCost.Connection(first, OrdersQuery.LineItemCost);
}
