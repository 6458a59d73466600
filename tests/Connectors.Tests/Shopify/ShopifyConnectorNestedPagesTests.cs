using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Sandbox;

namespace CrossBorderHub.Connectors.Tests.Shopify;

/// <summary>Products with many variants and items stocked at many locations arrive whole, never quarantined.</summary>
public sealed class ShopifyConnectorNestedPagesTests
{
    private const int VariantFollowUpPage = 7;

    private static ShopifySandboxOptions Options() => new() { Seed = 3, OrderCount = 1, ProductCount = 40, LocationCount = 3, Throttle = ShopifySandboxThrottle.Off };

    private static Dictionary<string, string?> Settings(string key, int value) =>
        new() { [$"Connectors:Shopify:{key}"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public async Task Product_with_more_variants_than_the_first_page_arrives_whole_and_in_order_through_follow_ups()
    {
        using var host = new ShopifyTestHost(
            ShopifySandbox.Start(Options() with { MaxVariantsPerProduct = 30 }),
            settings: Settings(nameof(ShopifyOptions.ProductVariantsFollowUpPageSize), VariantFollowUpPage));
        var data = host.Sandbox.Data;
        var large = Enumerable.Range(0, 40).First(j => data.VariantCount(j) >= 25);

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, CancellationToken.None));

        Assert.All(pages, p => Assert.Empty(p.Quarantined));
        var products = pages.SelectMany(p => p.Items).ToDictionary(p => p.MarketplaceProductId);
        Assert.Equal(40, products.Count);
        var product = products[ShopifySandboxData.ProductId(large)];
        Assert.Equal(Enumerable.Range(0, data.VariantCount(large)).Select(v => ShopifySandboxData.Sku(large, v)), product.Variants.Select(v => v.Sku));
        Assert.Equal(product.Variants.Count, product.Variants.Select(v => v.MarketplaceVariantId).Distinct().Count());
        Assert.All(Enumerable.Range(0, 40), j =>
            Assert.Equal(Enumerable.Range(0, data.VariantCount(j)).Select(v => ShopifySandboxData.Sku(j, v)), products[ShopifySandboxData.ProductId(j)].Variants.Select(v => v.Sku)));

        // 25+ variants past a first page of 10 need at least three follow-ups of 7.
        var followUps = host.Sandbox.Requests.Where(r => r.RootFields == "product").ToList();
        Assert.True(followUps.Count >= 3, $"{followUps.Count} follow-ups");
        Assert.All(followUps, r => Assert.Equal(ProductVariantsQuery.RequestedCost(VariantFollowUpPage), r.RequestedCost));
    }

    [Fact]
    public async Task Default_sandbox_catalog_needs_no_variant_follow_ups()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options()));

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, CancellationToken.None));

        Assert.Equal(40, pages.Sum(p => p.Items.Count));
        Assert.DoesNotContain(host.Sandbox.Requests, r => r.RootFields == "product");
    }

    [Fact]
    public async Task Inventory_item_stocked_at_more_locations_than_the_first_page_gives_a_row_for_every_location()
    {
        using var host = new ShopifyTestHost(
            ShopifySandbox.Start(Options() with { ProductCount = 4, LocationCount = 25 }),
            settings: Settings(nameof(ShopifyOptions.InventoryLevelsFollowUpPageSize), 6));

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, CancellationToken.None));

        Assert.All(pages, p => Assert.Empty(p.Quarantined));
        var rows = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(host.Sandbox.Data.InventoryKeys().Order(), rows.Select(r => (r.Sku, r.LocationId)).Order());
        var sku = ShopifySandboxData.Sku(0, 0);
        Assert.Equal(Enumerable.Range(0, 25).Select(ShopifySandboxData.LocationId), rows.Where(r => r.Sku == sku).Select(r => r.LocationId));
        var followUps = host.Sandbox.Requests.Where(r => r.RootFields == "inventoryItem").ToList();
        Assert.Equal(host.Sandbox.Data.InventoryItemCount * 3, followUps.Count);
        Assert.All(followUps, r => Assert.Equal(InventoryLevelsQuery.RequestedCost(6), r.RequestedCost));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void Follow_up_queries_stay_under_the_single_query_cost_limit(int first)
    {
        Assert.InRange(ProductVariantsQuery.RequestedCost(first), 1, ShopifyConstants.MaxSingleQueryCost);
        Assert.InRange(InventoryLevelsQuery.RequestedCost(first), 1, ShopifyConstants.MaxSingleQueryCost);
    }
}
