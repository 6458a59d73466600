using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Sandbox;

namespace CrossBorderHub.Connectors.Tests.Shopee;

public sealed class ShopeeConnectorStockTests
{
    [Fact]
    public async Task Model_and_item_skus_are_found_and_set_with_one_update_stock_per_item()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 12, days: 5));
        StockUpdate[] updates =
        [
            new(ShopeeSandboxCatalog.ModelSku(5, 0), null, 31),
            new(ShopeeSandboxCatalog.ModelSku(5, 2), ShopeeConstants.SellerStockLocation, 32),
            new(ShopeeSandboxCatalog.ItemSku(6), null, 33),
        ];

        var result = await host.Connector.SetStockAsync(host.Account, updates, Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(31, host.Sandbox.Catalog.StockOf(5, ShopeeSandboxCatalog.ModelId(5, 0), null));
        Assert.Equal(32, host.Sandbox.Catalog.StockOf(5, ShopeeSandboxCatalog.ModelId(5, 2), null));
        Assert.Equal(33, host.Sandbox.Catalog.StockOf(6, 0, null));
        Assert.Equal(2, host.Sandbox.Requests.Count(r => r.Path == ShopeeConstants.Paths.UpdateStock));
        Assert.Equal(2, result.MarketplaceReference!.Split(',').Length);
        Assert.Contains($"{ShopeeSandboxCatalog.ItemSku(6)}=33", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sku_search_stops_once_every_sku_is_found()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 250, days: 5));

        await host.Connector.SetStockAsync(host.Account, [new(ShopeeSandboxCatalog.ItemSku(3), null, 1)], Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(1, host.Sandbox.Requests.Count(r => r.Path == ShopeeConstants.Paths.ItemList));
    }

    [Fact]
    public async Task A_model_below_its_promotion_reserve_fails_the_command_naming_it_after_the_others_are_set()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 12, days: 5));
        var reserved = ShopeeSandboxCatalog.ModelSku(4, 0);

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Connector.SetStockAsync(
            host.Account, [new(reserved, null, ShopeeSandboxCatalog.ReservedStock - 1), new(ShopeeSandboxCatalog.ModelSku(4, 1), null, 50)], Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Rejected, e.Kind);
        Assert.Contains(reserved, e.Message, StringComparison.Ordinal);
        Assert.Contains("reserved stock", e.Message, StringComparison.Ordinal);
        Assert.Contains("set 1 of 2", e.Message, StringComparison.Ordinal);
        Assert.Equal(50, host.Sandbox.Catalog.StockOf(4, ShopeeSandboxCatalog.ModelId(4, 1), null));
    }

    [Fact]
    public async Task When_every_model_is_refused_shopee_s_failure_list_still_names_each_reason()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 12, days: 5));

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Connector.SetStockAsync(
            host.Account, [new(ShopeeSandboxCatalog.ModelSku(4, 0), null, 0)], Guid.NewGuid(), CancellationToken.None));

        Assert.Equal("error_busi_update_stock_failed", e.Code);
        Assert.Contains("set 0 of 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("less than reserved stock", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_sku_is_refused_without_any_update()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 12, days: 5));

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Connector.SetStockAsync(host.Account, [new("NOT-A-SKU", null, 1)], Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Rejected, e.Kind);
        Assert.DoesNotContain(host.Sandbox.Requests, r => r.Path == ShopeeConstants.Paths.UpdateStock);
    }

    [Fact]
    public async Task In_a_shop_with_warehouses_the_named_location_is_set_and_an_unnamed_one_is_refused()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 6, days: 2, locations: ["SGW1", "SGW2"]));
        var sku = ShopeeSandboxCatalog.ModelSku(1, 1);

        await host.Connector.SetStockAsync(host.Account, [new(sku, "SGW2", 12)], Guid.NewGuid(), CancellationToken.None);
        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Connector.SetStockAsync(host.Account, [new(sku, null, 12)], Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(12, host.Sandbox.Catalog.StockOf(1, ShopeeSandboxCatalog.ModelId(1, 1), "SGW2"));
        var set = Assert.Single(host.Sandbox.Catalog.StockSets);
        Assert.Equal("SGW2", set.LocationId);
        Assert.Contains("name the location", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_set_pushed_then_pulled_shows_the_new_level()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 12, days: 5));
        var sku = ShopeeSandboxCatalog.ModelSku(2, 1);

        await host.Connector.SetStockAsync(host.Account, [new(sku, null, 77)], Guid.NewGuid(), CancellationToken.None);
        var rows = (await ShopeeTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, CancellationToken.None))).SelectMany(p => p.Items);

        // Windows share their boundary second (Shopee's range is inclusive), so a row can come twice; the last is current.
        Assert.Equal(77, rows.Last(r => r.Sku == sku).Available);
        Assert.True(host.Connector.Capabilities.HasFlag(MarketplaceCapabilities.PushInventory));
    }
}
