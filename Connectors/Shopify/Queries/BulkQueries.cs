namespace CrossBorderHub.Connectors.Shopify.Queries;

/// <summary>
/// The bulk operation documents: the queries a bulk operation runs (the same node selections as paging, with no
/// first/after on any connection: a bulk query reads every node, and emits each nested node as its own JSONL line
/// with <c>__parentId</c>), the mutation that starts one and the query that polls it by id.
/// </summary>
/// <remarks>
/// Checked against shopify.dev's 2026-10 reference: bulkOperationRunQuery(query: String!, groupObjects: Boolean! = false)
/// returning BulkOperationRunQueryPayload { bulkOperation, userErrors { field message code } }; the BulkOperation
/// fields; BulkOperationStatus, BulkOperationErrorCode and BulkOperationUserErrorCode; bulkOperation(id: ID!).
/// </remarks>
internal static class BulkQueries
{
    /// <summary>Every order with all its line items.</summary>
    public const string Orders = $$"""
        {
          {{OrdersQuery.Connection}} {
            edges {
              node {
                {{OrdersQuery.OrderFields}}
                lineItems { edges { node { {{OrdersQuery.LineItemFields}} } } }
              }
            }
          }
        }
        """;

    /// <summary>The nested connection each order's child lines belong to.</summary>
    public const string OrdersChildren = "lineItems";

    /// <summary>Every product with all its variants.</summary>
    public const string Products = $$"""
        {
          {{ProductsQuery.Connection}} {
            edges {
              node {
                {{ProductsQuery.ProductFields}}
                variants { edges { node { {{ProductsQuery.VariantFields}} } } }
              }
            }
          }
        }
        """;

    public const string ProductsChildren = "variants";

    /// <summary>
    /// groupObjects: true, because from 2026-01 it defaults to false, and only grouped output puts each child line
    /// right after its parent, which lets the JSONL be read as a stream rather than held whole.
    /// </summary>
    public const string RunQuery = """
        mutation BulkOperationRunQuery($query: String!) {
          bulkOperationRunQuery(query: $query, groupObjects: true) {
            bulkOperation { id status createdAt }
            userErrors { field message code }
          }
        }
        """;

    /// <summary>bulkOperation(id:), available from 2026-01; several operations may run at once, so none is "current".</summary>
    public const string Poll = """
        query BulkOperation($id: ID!) {
          bulkOperation(id: $id) { id status errorCode createdAt completedAt objectCount rootObjectCount fileSize url partialDataUrl }
        }
        """;

    /// <summary>The shop currency catalog prices are in (a bulk query has one top-level field, so it cannot ride along).</summary>
    public const string ShopCurrency = """
        query ShopCurrency {
          shop { currencyCode }
        }
        """;

    /// <summary>Shopify charges a mutation 10 points.</summary>
    public const int RunQueryCost = 10;

    /// <summary>The BulkOperation object.</summary>
    public const int PollCost = 1;

    public const int ShopCurrencyCost = ProductsQuery.ShopCost;
}
