using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.Shopify;

public sealed class ShopifyConnectorCatalogTests
{
    private static ShopifySandboxOptions Options() => new() { Seed = 3, OrderCount = 1, ProductCount = 40, LocationCount = 3, Throttle = ShopifySandboxThrottle.Off };

    [Fact]
    public async Task Pull_catalog_maps_every_product_with_its_variants()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options()));

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, CancellationToken.None));

        var products = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(host.Sandbox.Data.ProductIds().Order(), products.Select(p => p.MarketplaceProductId).Order());
        Assert.Equal(host.Sandbox.Data.Skus().Order(), products.SelectMany(p => p.Variants).Select(v => v.Sku!).Order());
        Assert.Contains(products, p => p.Status == ListingStatus.Draft);
        Assert.Contains(products, p => p.Status == ListingStatus.Archived);
        Assert.Contains(products, p => p.MarketplaceStatus == "UNLISTED" && p.Status == ListingStatus.Active);
        Assert.All(products.SelectMany(p => p.Variants), v =>
        {
            Assert.Equal("USD", v.Price?.Currency);
            Assert.NotNull(v.Weight);
            Assert.Equal("6109.10", v.HsCode);
            Assert.NotNull(v.CountryOfOrigin);
        });
    }

    [Fact]
    public async Task Pull_inventory_gives_one_row_per_sku_and_location_with_the_location_kind()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options()));

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, CancellationToken.None));

        var rows = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(host.Sandbox.Data.InventoryKeys().Order(), rows.Select(r => (r.Sku, r.LocationId)).Order());
        Assert.All(rows.Where(r => r.LocationId == ShopifySandboxData.LocationId(2)), r => Assert.Equal(LocationKind.ThirdPartyWarehouse, r.LocationKind));
        Assert.All(rows.Where(r => r.LocationId == ShopifySandboxData.LocationId(0)), r => Assert.Equal(LocationKind.OwnWarehouse, r.LocationKind));
        Assert.All(rows, r => Assert.True(r.OnHand >= r.Available));
        Assert.True(pages.Count > 1);
    }

    [Fact]
    public async Task Inventory_resumes_mid_run_without_skipping_items()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options()));
        var all = await ShopifyTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, CancellationToken.None));

        var rest = await ShopifyTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, all[0].Checkpoint, CancellationToken.None));

        var expected = all.Skip(1).SelectMany(p => p.Items).Select(r => (r.Sku, r.LocationId)).Order();
        Assert.Equal(expected, rest.SelectMany(p => p.Items).Select(r => (r.Sku, r.LocationId)).Order());
    }
}
