namespace CrossBorderHub.Connectors.Shopify.Queries;

/// <summary>Orders changed since a time, oldest change first, each with its first page of line items.</summary>
internal static class OrdersQuery
{
    /// <summary>The line item fields every line items page selects, first page or follow-up.</summary>
    public const string LineItemFields =
        "id sku title quantity "
        + "originalUnitPriceSet { shopMoney { amount currencyCode } } "
        + "taxLines { priceSet { shopMoney { amount currencyCode } } } "
        + "discountAllocations { allocatedAmountSet { shopMoney { amount currencyCode } } }";

    /// <summary>The order fields every orders query selects, paged or bulk (line items apart).</summary>
    public const string OrderFields =
        "id legacyResourceId name createdAt updatedAt cancelledAt "
        + "displayFinancialStatus displayFulfillmentStatus returnStatus currencyCode "
        + "subtotalPriceSet { shopMoney { amount currencyCode } } "
        + "totalShippingPriceSet { shopMoney { amount currencyCode } } "
        + "totalTaxSet { shopMoney { amount currencyCode } } "
        + "totalDiscountsSet { shopMoney { amount currencyCode } } "
        + "totalPriceSet { shopMoney { amount currencyCode } } "
        + "email phone "
        + "shippingAddress { name company address1 address2 city provinceCode zip countryCodeV2 phone }";

    /// <summary>The connection the page reads and the variable sizing each order's first page of line items.</summary>
    public const string Connection = "orders";

    public const string LineItemsVariable = "lineItems";

    public const string Document = $$"""
        query Orders($first: Int!, $after: String, $query: String, ${{LineItemsVariable}}: Int!) {
          {{Connection}}(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
            edges {
              cursor
              node {
                {{OrderFields}}
                lineItems(first: ${{LineItemsVariable}}) {
                  edges {
                    node { {{LineItemFields}} }
                  }
                  pageInfo { hasNextPage endCursor }
                }
              }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    /// <summary>LineItem 1 + originalUnitPriceSet 2 + taxLines 3 + discountAllocations 3 (objects cost 1, MoneyBag and its MoneyV2 2).</summary>
    public const int LineItemCost = 9;

    /// <summary>Order 1 + five MoneyBags (2 each) + shippingAddress 1 + the line items connection.</summary>
    public static int OrderCost(int lineItems) => 1 + 10 + 1 + QueryCost.Connection(lineItems, LineItemCost);

    public static int RequestedCost(int first, int lineItems) => QueryCost.Connection(first, OrderCost(lineItems));

    public static int PageSize(int maxPageSize, int lineItems) => QueryCost.LargestPage(maxPageSize, OrderCost(lineItems));
}
