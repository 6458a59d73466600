using CrossBorderHub.Connectors.TikTokShop;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using CrossBorderHub.Mapping.Canonical;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

public sealed class TikTokShopCatalogTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string?> SmallPages = new()
    {
        ["Connectors:TikTokShop:ProductsPageSize"] = "10",
        ["Connectors:TikTokShop:CheckpointOverlap"] = "00:00:00",
    };

    [Fact]
    public async Task Every_product_is_pulled_once_across_search_pages_and_read_whole_from_its_detail()
    {
        using var host = new TikTokShopTestHost(Sandbox(products: 23), settings: SmallPages);

        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, default));

        var products = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(3, pages.Count);
        Assert.Equal(Enumerable.Range(0, 23).Select(TikTokShopSandboxCatalog.ProductId), products.Select(p => p.MarketplaceProductId));
        Assert.Equal(23 + 3, host.Sandbox.RequestCount);
        var mug = products[12];
        Assert.Equal("Enamel mug 12", mug.Title);
        Assert.Equal("Sandbox Goods", mug.Brand);
        Assert.Equal(ListingStatus.Active, mug.Status);
        Assert.Equal(TikTokShopSandboxCatalog.SkuId(60), mug.Variants[0].MarketplaceVariantId);
        Assert.Equal("TT-SKU-060", mug.Variants[0].Sku);
        Assert.Equal("Red", mug.Variants[0].Title);
        Assert.Equal("506000000060", mug.Variants[0].Barcode);
        Assert.Equal(new Money(79.99m, "GBP"), mug.Variants[0].Price);
        Assert.Equal(Enumerable.Range(60, 5).Select(TikTokShopSandboxCatalog.SellerSku), mug.Variants.Select(v => v.Sku));
        Assert.Equal((ListingStatus.Inactive, "SELLER_DEACTIVATED"), (products[6].Status, products[6].MarketplaceStatus));
        Assert.Equal(ListingStatus.Draft, products[10].Status);
        Assert.Empty(pages.SelectMany(p => p.Issues));
    }

    [Fact]
    public async Task A_catalog_pull_from_its_checkpoint_reads_only_products_updated_since()
    {
        using var host = new TikTokShopTestHost(Sandbox(products: 23), settings: SmallPages);
        var first = await TikTokShopTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, default));
        host.Sandbox.Catalog.SetStock(17, TikTokShopSandboxCatalog.MainWarehouse, 5, Now);

        var second = await TikTokShopTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, first[^1].Checkpoint, default));

        // update_time_ge is inclusive: the newest product seen comes again beside the one that changed.
        Assert.Equal([TikTokShopSandboxCatalog.ProductId(22), TikTokShopSandboxCatalog.ProductId(3)], second.SelectMany(p => p.Items).Select(p => p.MarketplaceProductId));
    }

    [Fact]
    public async Task Stock_is_pulled_per_sku_and_warehouse_from_one_inventory_search_per_products_page()
    {
        using var host = new TikTokShopTestHost(Sandbox(products: 12), settings: SmallPages);

        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, default));

        var levels = pages.SelectMany(p => p.Items).ToList();
        var expected = Enumerable.Range(0, 12).Sum(p => TikTokShopSandboxCatalog.WarehousesOf(p).Count * TikTokShopSandboxCatalog.SkusPerProduct);
        Assert.Equal(expected, levels.Count);
        Assert.Equal(expected, levels.Select(l => (l.Sku, l.LocationId)).Distinct().Count());
        Assert.Equal(4, host.Sandbox.RequestCount);
        var second = Assert.Single(levels, l => l.Sku == "TT-SKU-012" && l.LocationId == TikTokShopSandboxCatalog.SecondWarehouse);
        var catalog = host.Sandbox.Catalog;
        Assert.Equal(catalog.Available(12, TikTokShopSandboxCatalog.SecondWarehouse), second.Available);
        Assert.Equal(second.Available + catalog.Committed(12, TikTokShopSandboxCatalog.SecondWarehouse), second.OnHand);
        Assert.Equal(catalog.UpdatedAt(2), second.UpdatedAt);
    }

    [Fact]
    public async Task Every_inventory_run_reads_all_products_so_a_sale_that_leaves_update_time_alone_is_seen()
    {
        using var host = new TikTokShopTestHost(Sandbox(products: 12), settings: SmallPages);
        var first = await TikTokShopTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, default));

        var second = await TikTokShopTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, first[^1].Checkpoint, default));

        Assert.Equal(first.Sum(p => p.Items.Count), second.Sum(p => p.Items.Count));
    }

    private static TikTokShopSandbox Sandbox(int products) =>
        TikTokShopSandbox.Start(new TikTokShopSandboxOptions { ProductCount = products, OrderCount = 0, TimeProvider = new FakeTimeProvider(Now) });
}
