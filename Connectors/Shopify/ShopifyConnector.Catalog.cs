using System.Runtime.CompilerServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    private const string ProductEntity = "product";

    public async IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(
        StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var variants = _options.ProductVariantsPageSize;
        var first = ProductsQuery.PageSize(_options.MaxProductsPageSize, variants);
        var store = ShopifyStoreAccount.Context(account, ProductsQuery.RequestedCost(first, variants));
        var since = ShopifyCheckpoint.Parse(checkpoint).UpdatedAt;
        var filter = UpdatedAtFilter(since - _options.CheckpointOverlap);
        var newest = since;
        string? after = null;
        bool more;
        do
        {
            var request = new ShopifyGraphQLRequest(ProductsQuery.Document, new Dictionary<string, object?>
            {
                ["first"] = first,
                ["after"] = after,
                ["query"] = filter,
                ["variants"] = variants,
            });
            var data = await SendAsync(_api.ProductsAsync, request, store, cancellationToken);
            var currency = CurrencyCodes.Normalize(data.Shop?.CurrencyCode);
            var items = new List<CanonicalProduct>(data.Products.Edges.Count);
            var quarantined = new List<QuarantinedRecord>();
            var issues = new List<MappingIssue>();
            foreach (var edge in data.Products.Edges)
            {
                var node = edge.Node;
                newest = Max(newest, node);
                var id = IdOf(node);
                try
                {
                    var product = node.Deserialize(ShopifyJsonContext.Default.ShopifyProduct) ?? throw new MappingException("The product node is null.");
                    if (product.Variants is { PageInfo.HasNextPage: true })
                    {
                        throw new MappingException($"The product has more than {variants} variants; raise {nameof(ShopifyOptions.ProductVariantsPageSize)} to read them all.");
                    }

                    var productIssues = new List<MappingIssue>();
                    items.Add(Map<CanonicalProduct>(product, productIssues, currency));
                    issues.AddRange(productIssues);
                }
                catch (Exception e) when (IsRecordFault(e))
                {
                    Quarantine(quarantined, ProductEntity, id, node, $"Product could not be mapped: {ReasonOf(e)}");
                }
            }

            var next = new ShopifyCheckpoint(newest).ToString();
            yield return new SourcePage<CanonicalProduct>(items, quarantined, issues, next);
            more = data.Products.PageInfo.HasNextPage;
            after = data.Products.PageInfo.EndCursor;
        }
        while (more && after is not null);
    }
}
