using CrossBorderHub.Connectors.TikTokShop;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

public sealed class TikTokShopStockTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Stock_is_set_by_seller_sku_with_one_inventory_update_per_product()
    {
        using var host = new TikTokShopTestHost(Sandbox());
        var catalog = host.Sandbox.Catalog;
        var before = catalog.Available(11, TikTokShopSandboxCatalog.SecondWarehouse);

        var result = await host.Connector.SetStockAsync(
            host.Account,
            [
                new StockUpdate("TT-SKU-011", TikTokShopSandboxCatalog.SecondWarehouse, 42),
                new StockUpdate("TT-SKU-012", TikTokShopSandboxCatalog.MainWarehouse, 0),
                new StockUpdate("TT-SKU-030", null, 7),
            ],
            Guid.NewGuid(),
            default);

        Assert.Equal($"{TikTokShopSandboxCatalog.ProductId(2)},{TikTokShopSandboxCatalog.ProductId(6)}", result.MarketplaceReference);
        Assert.Equal(42, catalog.Available(11, TikTokShopSandboxCatalog.SecondWarehouse));
        Assert.Equal(0, catalog.Available(12, TikTokShopSandboxCatalog.MainWarehouse));
        Assert.Equal(7, catalog.Available(30, TikTokShopSandboxCatalog.MainWarehouse));
        Assert.Contains(catalog.StockSets, s => s == new TikTokShopSandboxStockSet("TT-SKU-011", TikTokShopSandboxCatalog.SecondWarehouse, before, 42, Now));
        Assert.Equal(2, host.Sandbox.Requests.Count(r => r.Path.EndsWith("/inventory/update", StringComparison.Ordinal)));
        Assert.Single(host.Sandbox.Requests, r => r.Path == TikTokShopConstants.ProductsSearchPath);
    }

    [Fact]
    public async Task A_sku_tiktok_does_not_have_is_rejected_before_any_stock_changes()
    {
        using var host = new TikTokShopTestHost(Sandbox());

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Connector.SetStockAsync(
            host.Account, [new StockUpdate("TT-SKU-001", null, 3), new StockUpdate("NOT-ON-TIKTOK", null, 3)], Guid.NewGuid(), default));

        Assert.Equal(MarketplaceFailureKind.Rejected, e.Kind);
        Assert.Contains("'NOT-ON-TIKTOK'", e.Message, StringComparison.Ordinal);
        Assert.Empty(host.Sandbox.Catalog.StockSets);
    }

    [Fact]
    public async Task A_sku_in_two_warehouses_needs_its_location_named()
    {
        using var host = new TikTokShopTestHost(Sandbox());

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Connector.SetStockAsync(
            host.Account, [new StockUpdate("TT-SKU-010", null, 3)], Guid.NewGuid(), default));

        Assert.Equal(MarketplaceFailureKind.Rejected, e.Kind);
        Assert.Contains("2 TikTok Shop warehouses", e.Message, StringComparison.Ordinal);
        Assert.Empty(host.Sandbox.Catalog.StockSets);
    }

    [Fact]
    public async Task A_set_stock_shows_in_the_next_inventory_pull()
    {
        using var host = new TikTokShopTestHost(Sandbox());
        await host.Connector.SetStockAsync(host.Account, [new StockUpdate("TT-SKU-033", TikTokShopSandboxCatalog.MainWarehouse, 123)], Guid.NewGuid(), default);

        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, default));

        var level = Assert.Single(pages.SelectMany(p => p.Items), l => l.Sku == "TT-SKU-033");
        Assert.Equal(123, level.Available);
        Assert.Equal(Now.AddSeconds(1), level.UpdatedAt);
    }

    private static TikTokShopSandbox Sandbox() =>
        TikTokShopSandbox.Start(new TikTokShopSandboxOptions { ProductCount = 10, OrderCount = 0, TimeProvider = new FakeTimeProvider(Now) });
}
