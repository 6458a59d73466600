namespace CrossBorderHub.Connectors.Shopify.Queries;

/// <summary>Products changed since a time with their variants and the shop currency their prices are in; weight and customs data come from each variant's InventoryItem.</summary>
internal static class ProductsQuery
{
    /// <summary>The variant fields every variants page selects, first page or follow-up.</summary>
    public const string VariantFields = "id sku barcode title price inventoryItem { harmonizedSystemCode countryCodeOfOrigin measurement { weight { value unit } } }";

    /// <summary>The product fields every products query selects, paged or bulk (variants apart).</summary>
    public const string ProductFields = "id title vendor status updatedAt";

    /// <summary>The connection the page reads and the variable sizing each product's first page of variants.</summary>
    public const string Connection = "products";

    public const string VariantsVariable = "variants";

    public const string Document = $$"""
        query Products($first: Int!, $after: String, $query: String, ${{VariantsVariable}}: Int!) {
          shop { currencyCode }
          {{Connection}}(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
            edges {
              cursor
              node {
                {{ProductFields}}
                variants(first: ${{VariantsVariable}}) {
                  edges {
                    node { {{VariantFields}} }
                  }
                  pageInfo { hasNextPage endCursor }
                }
              }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    /// <summary>ProductVariant 1 + inventoryItem 1 + measurement 1 + weight 1.</summary>
    public const int VariantCost = 4;

    public static int ProductCost(int variants) => 1 + QueryCost.Connection(variants, VariantCost);

    /// <summary>The shop object, read for the currency variant prices are in.</summary>
    public const int ShopCost = 1;

    public static int RequestedCost(int first, int variants) => ShopCost + QueryCost.Connection(first, ProductCost(variants));

    public static int PageSize(int maxPageSize, int variants) => QueryCost.LargestPage(maxPageSize, ProductCost(variants), ShopCost);
}
