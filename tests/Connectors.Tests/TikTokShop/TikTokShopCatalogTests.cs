using CrossBorderHub.Connectors.SandboxKit;
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

    [Fact]
    public async Task A_product_or_its_stock_that_cannot_be_mapped_is_quarantined_while_its_page_lands()
    {
        var faults = new TikTokShopFaultPlan
        {
            ProductRecords = new Dictionary<int, TikTokShopSandboxProductFault> { [4] = TikTokShopSandboxProductFault.BadPrice, [8] = TikTokShopSandboxProductFault.MissingSellerSku },
        };
        using var host = new TikTokShopTestHost(Sandbox(products: 12, faults), settings: SmallPages);

        var catalog = await TikTokShopTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, default));
        var stock = await TikTokShopTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, default));

        var product = Assert.Single(catalog.SelectMany(p => p.Quarantined));
        Assert.Equal((TikTokShopSandboxCatalog.ProductId(4), 11), (product.MarketplaceId, catalog.Sum(p => p.Items.Count)));
        Assert.Contains("price.sale_price", product.Reason, StringComparison.Ordinal);
        var levels = Assert.Single(stock.SelectMany(p => p.Quarantined));
        Assert.Equal(TikTokShopSandboxCatalog.ProductId(8), levels.MarketplaceId);
        Assert.Contains("seller_sku", levels.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(stock.SelectMany(p => p.Items), l => Enumerable.Range(40, 5).Select(TikTokShopSandboxCatalog.SellerSku).Contains(l.Sku));
        Assert.Contains(stock.SelectMany(p => p.Items), l => l.Sku == TikTokShopSandboxCatalog.SellerSku(45));
    }

    [Fact]
    public async Task Product_and_authorization_calls_signed_with_another_secret_are_refused_by_the_sandbox()
    {
        var credentials = new Dictionary<string, string> { ["appSecret"] = "not_the_secret", ["accessToken"] = "TTP_sandbox_access", ["refreshToken"] = "TTP_sandbox_refresh" };
        using var host = new TikTokShopTestHost(Sandbox(products: 3), credentials, SmallPages, withShopCipher: false);
        using var stated = new TikTokShopTestHost(Sandbox(products: 3), credentials, SmallPages);

        var unlisted = await Assert.ThrowsAsync<MarketplaceException>(() => TikTokShopTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, default)));
        var search = await Assert.ThrowsAsync<MarketplaceException>(() => TikTokShopTestHost.CollectAsync(stated.Connector.PullInventoryAsync(stated.Account, null, default)));

        Assert.All([unlisted, search], e => Assert.Equal(("106001", MarketplaceFailureKind.Rejected), (e.Code, e.Kind)));
        Assert.Equal(TikTokShopConstants.AuthorizedShopsPath, Assert.Single(host.Sandbox.Requests).Path);
        Assert.Equal(TikTokShopConstants.ProductsSearchPath, Assert.Single(stated.Sandbox.Requests).Path);
        Assert.Equal((0, 0), (host.Sandbox.RequestCount, stated.Sandbox.RequestCount));
    }

    [Theory]
    [InlineData(SandboxFault.ServiceUnavailable)]
    [InlineData(SandboxFault.TooManyRequests)]
    [InlineData(SandboxFault.Timeout)]
    [InlineData(SandboxFault.TruncatedBody)]
    public async Task A_transient_fault_on_a_search_or_detail_call_is_retried_and_every_product_arrives_once(SandboxFault fault)
    {
        var faults = new TikTokShopFaultPlan { OnRequest = new Dictionary<int, SandboxFault> { [1] = fault, [3] = fault }, TimeoutDelay = TimeSpan.FromSeconds(2) };
        using var host = new TikTokShopTestHost(Sandbox(products: 12, faults), settings: SmallPages);

        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, default));

        Assert.Equal(Enumerable.Range(0, 12).Select(TikTokShopSandboxCatalog.ProductId), pages.SelectMany(p => p.Items).Select(p => p.MarketplaceProductId));
        Assert.Equal(2, host.Sandbox.Requests.Count(r => r.Fault == fault));
    }

    private static TikTokShopSandbox Sandbox(int products, TikTokShopFaultPlan? faults = null) =>
        TikTokShopSandbox.Start(new TikTokShopSandboxOptions
        {
            ProductCount = products,
            OrderCount = 0,
            TimeProvider = new FakeTimeProvider(Now),
            Faults = faults ?? TikTokShopFaultPlan.None,
        });
}
