using CrossBorderHub.Connectors.Shopify.Bulk;
using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    /// <summary>Orders with all their line items: the same order mapping as paging (no follow-ups are ever needed).</summary>
    private ShopifyBulkPull<ShopifyOrder, CanonicalOrder> OrdersInBulk => new(
        OrderEntity,
        BulkQueries.Orders,
        BulkQueries.OrdersChildren,
        ShopifyJsonContext.Default.ShopifyOrder,
        (_, _) => Task.FromResult<ShopifyRecordMapper<ShopifyOrder, CanonicalOrder>>(MapOrderAsync));

    /// <summary>Products with all their variants, priced in the shop currency read once before the JSONL.</summary>
    private ShopifyBulkPull<ShopifyProduct, CanonicalProduct> ProductsInBulk => new(
        ProductEntity,
        BulkQueries.Products,
        BulkQueries.ProductsChildren,
        ShopifyJsonContext.Default.ShopifyProduct,
        ProductMapperInBulkAsync);

    private async Task<ShopifyRecordMapper<ShopifyProduct, CanonicalProduct>> ProductMapperInBulkAsync(ShopifyRequestContext store, CancellationToken cancellationToken)
    {
        var request = new ShopifyGraphQLRequest(BulkQueries.ShopCurrency, new Dictionary<string, object?>());
        var data = await SendAsync(_api.ShopAsync, request, store with { RequestedCost = BulkQueries.ShopCurrencyCost }, cancellationToken);
        var currency = CurrencyCodes.Normalize(data.Shop?.CurrencyCode);
        return (product, context, items, issues, token) => MapProductAsync(product, currency, context, items, issues, token);
    }
}
