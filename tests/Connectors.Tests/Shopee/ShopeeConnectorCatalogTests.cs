using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Sandbox;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.Shopee;

public sealed class ShopeeConnectorCatalogTests
{
    [Fact]
    public async Task A_catalog_backfill_walks_update_time_windows_and_lands_every_item_once_with_its_models()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 40, days: 50));

        var pages = await ShopeeTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, CancellationToken.None));

        var products = pages.SelectMany(p => p.Items).GroupBy(p => p.MarketplaceProductId).Select(g => g.Last()).ToDictionary(p => p.MarketplaceProductId);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => ShopeeSandboxCatalog.ItemId(i).ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), products.Keys.Order());
        Assert.DoesNotContain(host.Sandbox.Requests, r => r.Error is not null);

        // 50 days in windows of at most 15: at least four get_item_list calls; one get_model_list per item with models.
        Assert.True(host.Sandbox.Requests.Count(r => r.Path == ShopeeConstants.Paths.ItemList) >= 4);
        Assert.Equal(Enumerable.Range(0, 40).Count(i => ShopeeSandboxCatalog.ModelCount(i) > 0), host.Sandbox.Requests.Count(r => r.Path == ShopeeConstants.Paths.ModelList));

        var plain = products[ShopeeSandboxCatalog.ItemId(3).ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var single = Assert.Single(plain.Variants);
        Assert.Equal($"{ShopeeSandboxCatalog.ItemId(3)}:0", single.MarketplaceVariantId);
        Assert.Equal(ShopeeSandboxCatalog.ItemSku(3), single.Sku);
        Assert.Equal("SGD", single.Price!.Value.Currency);

        var withModels = products[ShopeeSandboxCatalog.ItemId(5).ToString(System.Globalization.CultureInfo.InvariantCulture)];
        Assert.Equal(ShopeeSandboxCatalog.ModelCount(5), withModels.Variants.Count);
        Assert.Equal(["Red", "Blue", "Green"], withModels.Variants.Select(v => v.Title));
        Assert.Equal(Enumerable.Range(0, 3).Select(k => ShopeeSandboxCatalog.ModelSku(5, k)), withModels.Variants.Select(v => v.Sku));
        Assert.Equal(ListingStatus.Inactive, products[ShopeeSandboxCatalog.ItemId(9).ToString(System.Globalization.CultureInfo.InvariantCulture)].Status);
        Assert.Equal(ListingStatus.Archived, products[ShopeeSandboxCatalog.ItemId(16).ToString(System.Globalization.CultureInfo.InvariantCulture)].Status);
    }

    [Fact]
    public async Task Inventory_has_a_row_per_model_and_warehouse_with_the_seller_stock()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 12, days: 10, locations: ["SGW1", "SGW2"]));

        var rows = (await ShopeeTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, CancellationToken.None))).SelectMany(p => p.Items).ToList();

        var models = Enumerable.Range(0, 12).Sum(i => Math.Max(1, ShopeeSandboxCatalog.ModelCount(i)));
        Assert.Equal(models * 2, rows.DistinctBy(r => (r.Sku, r.LocationId)).Count());
        var row = Assert.Single(rows, r => r.Sku == ShopeeSandboxCatalog.ModelSku(4, 1) && r.LocationId == "SGW2");
        Assert.Equal(host.Sandbox.Catalog.StockOf(4, ShopeeSandboxCatalog.ModelId(4, 1), "SGW2"), row.Available);
        Assert.Equal(LocationKind.OwnWarehouse, row.LocationKind);
    }

    [Fact]
    public async Task A_shop_without_warehouses_has_its_stock_at_the_seller_location()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 4, days: 2));

        var rows = (await ShopeeTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, CancellationToken.None))).SelectMany(p => p.Items).ToList();

        Assert.All(rows, r => Assert.Equal(ShopeeConstants.SellerStockLocation, r.LocationId));
        Assert.Equal(host.Sandbox.Catalog.StockOf(0, 0, null), Assert.Single(rows, r => r.Sku == ShopeeSandboxCatalog.ItemSku(0)).Available);
    }

    [Fact]
    public async Task A_defective_item_is_quarantined_an_unknown_status_is_reported_and_the_rest_land()
    {
        var faults = new ShopeeFaultPlan
        {
            ItemRecords = new Dictionary<int, ShopeeSandboxItemFault> { [2] = ShopeeSandboxItemFault.MissingName, [4] = ShopeeSandboxItemFault.UnknownCurrency, [6] = ShopeeSandboxItemFault.UnknownStatus },
        };
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 10, days: 5, faults: faults));

        var pages = await ShopeeTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, CancellationToken.None));

        Assert.Equal(
            [ShopeeSandboxCatalog.ItemId(2).ToString(System.Globalization.CultureInfo.InvariantCulture), ShopeeSandboxCatalog.ItemId(4).ToString(System.Globalization.CultureInfo.InvariantCulture)],
            pages.SelectMany(p => p.Quarantined).Select(q => q.MarketplaceId).Order());
        Assert.Equal(8, pages.SelectMany(p => p.Items).Select(p => p.MarketplaceProductId).Distinct().Count());
        var issue = Assert.Single(pages.SelectMany(p => p.Issues));
        Assert.Equal(("item_status", "ON_HOLIDAY"), (issue.Field, issue.Value));
    }

    [Fact]
    public async Task A_window_whose_item_count_changes_while_paging_is_read_again_so_no_item_is_skipped()
    {
        var settings = new Dictionary<string, string?> { ["Connectors:Shopee:ItemListPageSize"] = "3", ["Connectors:Shopee:CatalogWindow"] = "30.00:00:00" };
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 12, days: 3), settings: settings);
        var seen = new HashSet<string>();
        var first = true;

        await foreach (var page in host.Connector.PullCatalogAsync(host.Account, null, CancellationToken.None))
        {
            seen.UnionWith(page.Items.Select(p => p.MarketplaceProductId));
            if (first && page.Items.Count > 0)
            {
                // The first item read moves to the end of the window (its update_time is now), so every later offset shifts by one.
                host.Sandbox.Catalog.SetStock(0, 0, null, 3);
                first = false;
            }
        }

        Assert.Equal(12, seen.Count);
        Assert.True(host.Sandbox.Requests.Count(r => r.Path == ShopeeConstants.Paths.ItemList) >= 5);
    }

    [Fact]
    public async Task A_later_sync_resumes_from_the_checkpoint_and_reads_only_the_recent_windows()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 20, days: 60));
        var pages = await ShopeeTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, CancellationToken.None));
        var before = host.Sandbox.Requests.Count(r => r.Path == ShopeeConstants.Paths.ItemList);
        host.Sandbox.Catalog.SetStock(7, ShopeeSandboxCatalog.ModelId(7, 0), null, 42);

        var again = await ShopeeTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, pages[^1].Checkpoint, CancellationToken.None));

        Assert.True(host.Sandbox.Requests.Count(r => r.Path == ShopeeConstants.Paths.ItemList) - before <= 2);
        Assert.Contains(again.SelectMany(p => p.Items), r => r.Sku == ShopeeSandboxCatalog.ModelSku(7, 0) && r.Available == 42);
    }
}
