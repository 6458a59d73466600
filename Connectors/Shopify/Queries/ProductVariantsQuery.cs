namespace CrossBorderHub.Connectors.Shopify.Queries;

/// <summary>The rest of one product's variants, for products with more variants than the first page held.</summary>
internal static class ProductVariantsQuery
{
    public const string Document = $$"""
        query ProductVariants($id: ID!, $first: Int!, $after: String) {
          product(id: $id) {
            id
            variants(first: $first, after: $after) {
              edges {
                node { {{ProductsQuery.VariantFields}} }
              }
              pageInfo { hasNextPage endCursor }
            }
          }
        }
        """;

    /// <summary>Product 1 + the variants connection.</summary>
    public static int RequestedCost(int first) => 1 + QueryCost.Connection(first, ProductsQuery.VariantCost);
}
