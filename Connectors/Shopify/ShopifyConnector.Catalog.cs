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
        var variants = _options.ProductVariantsPageSize;
        var first = ProductsQuery.PageSize(_options.MaxProductsPageSize, variants);
        var pull = new ShopifyPull<ShopifyProductsData, ShopifyProduct>(
            ProductEntity, ProductsQuery.Document, first, "variants", variants, ProductsQuery.RequestedCost(first, variants),
            _api.ProductsAsync, data => data.Products, ShopifyJsonContext.Default.ShopifyProduct);
        return PullPagesAsync<ShopifyProductsData, ShopifyProduct, CanonicalProduct>(pull, account, checkpoint, ProductMapperFor, cancellationToken);
    }

    /// <summary>The shop's currency prices every variant on the page; a bad one fails the page, not each record.</summary>
    private ShopifyRecordMapper<ShopifyProduct, CanonicalProduct> ProductMapperFor(ShopifyProductsData page)
    {
        var currency = CurrencyCodes.Normalize(page.Shop?.CurrencyCode);
        return (product, _, items, issues, _) => MapProduct(product, currency, items, issues);
    }

    private ValueTask MapProduct(ShopifyProduct product, string currency, List<CanonicalProduct> items, List<MappingIssue> issues)
    {
        if (product.Variants is { PageInfo.HasNextPage: true })
        {
            throw new MappingException($"The product has more than {_options.ProductVariantsPageSize} variants; raise {nameof(ShopifyOptions.ProductVariantsPageSize)} to read them all.");
        }

        items.Add(Map<CanonicalProduct>(product, issues, currency));
        return ValueTask.CompletedTask;
    }
}
