namespace CrossBorderHub.Connectors.Shopify.Queries;

/// <summary>
/// What a shipment needs before fulfillmentCreate: the order's fulfillments so far (to see whether this tracking
/// number was already sent by an attempt whose answer was lost) and its fulfillment orders with what remains per line.
/// </summary>
internal static class FulfillmentOrdersQuery
{
    /// <summary>Fulfillments read per order; an order with more parcels than this is checked against these only.</summary>
    public const string FulfillmentsRead = "50";

    /// <summary>The variables sizing the fulfillment orders read and each one's first page of line items.</summary>
    public const string FulfillmentOrdersVariable = "fulfillmentOrders";

    public const string LineItemsVariable = "lineItems";

    public const string Document = $$"""
        query FulfillmentOrders($id: ID!, ${{FulfillmentOrdersVariable}}: Int!, ${{LineItemsVariable}}: Int!) {
          order(id: $id) {
            id
            fulfillments(first: {{FulfillmentsRead}}) { id status trackingInfo(first: 10) { company number url } }
            fulfillmentOrders(first: ${{FulfillmentOrdersVariable}}) {
              edges {
                node {
                  id
                  status
                  lineItems(first: ${{LineItemsVariable}}) {
                    edges { node { id remainingQuantity lineItem { id sku } } }
                    pageInfo { hasNextPage endCursor }
                  }
                }
              }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        """;

    /// <summary>FulfillmentOrderLineItem 1 + lineItem 1.</summary>
    private const int LineCost = 2;

    /// <summary>order 1 + fulfillments 1 + trackingInfo 1, then the fulfillment orders connection.</summary>
    public static int RequestedCost(int fulfillmentOrders, int lineItems) =>
        3 + QueryCost.Connection(fulfillmentOrders, 1 + QueryCost.Connection(lineItems, LineCost));
}
