using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    private const string ProductEntity = "product";

    public IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken)
    {
        if (BackfillsInBulk(checkpoint))
        {
            return PullInBulkAsync(ProductsInBulk, account, checkpoint, cancellationToken);
        }

        var variants = _options.ProductVariantsPageSize;
        var first = ProductsQuery.PageSize(_options.MaxProductsPageSize, variants);
        var pull = new ShopifyPull<ShopifyProductsData, ShopifyProduct>(
            ProductEntity, ProductsQuery.Document, ProductsQuery.Connection, first, ProductsQuery.VariantsVariable, variants, ProductsQuery.RequestedCost(first, variants),
            _api.ProductsAsync, data => data.Products, ShopifyJsonContext.Default.ShopifyProduct);
        return PullPagesAsync<ShopifyProductsData, ShopifyProduct, CanonicalProduct>(pull, account, checkpoint, ProductMapperFor, cancellationToken);
    }

    /// <summary>The shop's currency prices every variant on the page; a bad one fails the page, not each record.</summary>
    private ShopifyRecordMapper<ShopifyProduct, CanonicalProduct> ProductMapperFor(ShopifyProductsData page)
    {
        var currency = CurrencyCodes.Normalize(page.Shop?.CurrencyCode);
        return (product, store, items, issues, cancellationToken) => MapProductAsync(product, currency, store, items, issues, cancellationToken);
    }

    private async ValueTask MapProductAsync(
        ShopifyProduct product, string currency, ShopifyRequestContext store, List<CanonicalProduct> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        product = await WithAllVariantsAsync(product, store, cancellationToken);
        items.Add(Map<CanonicalProduct>(product, issues, currency));
    }

    /// <summary>A product with more variants than the first page (apparel often has dozens) gets the rest by follow-up queries.</summary>
    private async Task<ShopifyProduct> WithAllVariantsAsync(ShopifyProduct product, ShopifyRequestContext store, CancellationToken cancellationToken)
    {
        if (product.Variants is not { PageInfo.HasNextPage: true } firstPage)
        {
            return product;
        }

        if (string.IsNullOrEmpty(product.Id))
        {
            throw new MappingException("The product has no id, so its remaining variants cannot be read.");
        }

        ShopifyLog.FetchingMoreVariants(_logger, product.Id);
        var size = _options.ProductVariantsFollowUpPageSize;
        var followUp = new ShopifyFollowUp<ShopifyProductData, ShopifyProductVariant>(
            "product", "variants", ProductVariantsQuery.Document, size, ProductVariantsQuery.RequestedCost(size), _api.ProductVariantsAsync, data => data.Product?.Variants);
        return product with { Variants = await WithAllPagesAsync(firstPage, product.Id, followUp, store, cancellationToken) };
    }
}
