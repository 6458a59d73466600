using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Tests.Shopify;
using CrossBorderHub.Mapping.Canonical;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonCatalogAndStockTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_catalog_reads_every_listing_once_in_pages_of_20_under_the_searchListingsItems_usage_plan()
    {
        using var sandbox = Sandbox(new AmazonSandboxOptions { ListingCount = 130 });
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);

        var pages = await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, CancellationToken.None)));

        var skus = pages.SelectMany(p => p.Items).Select(p => p.MarketplaceProductId).ToList();
        Assert.Equal(7, pages.Count);
        Assert.Equal(Enumerable.Range(0, 130).Select(AmazonSandboxListings.Sku), skus);
        Assert.InRange(sandbox.ThrottledCount, 0, 1);
        Assert.Contains(pages.SelectMany(p => p.Items), p => p.Status == ListingStatus.Inactive);
        Assert.All(pages.SelectMany(p => p.Items), p => Assert.Equal("Sandbox Brand", p.Brand));
    }

    [Fact]
    public async Task A_catalog_past_Amazons_1000_item_paging_cap_is_read_whole_by_starting_again_from_the_newest_listing()
    {
        using var sandbox = Sandbox(new AmazonSandboxOptions { ListingCount = 1_050, SearchListingsItemsPlan = SandboxRateLimit.Off });
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);

        var pages = await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, CancellationToken.None)));

        var skus = pages.SelectMany(p => p.Items).Select(p => p.MarketplaceProductId).ToHashSet();
        Assert.Equal(1_050, skus.Count);
        var searches = sandbox.Requests.Where(r => r.Operation == AmazonConstants.Operations.SearchListingsItems).ToList();
        Assert.Equal(50 + 3, searches.Count);
    }

    [Fact]
    public async Task Inventory_gives_the_sellers_own_stock_and_FBA_stock_apart()
    {
        using var sandbox = Sandbox(new AmazonSandboxOptions { ListingCount = 50, FbaEvery = 5 });
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);

        var pages = await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, CancellationToken.None)));

        var levels = pages.SelectMany(p => p.Items).ToList();
        var own = levels.Where(l => l.LocationKind == LocationKind.OwnWarehouse).ToList();
        var fba = levels.Where(l => l.LocationKind == LocationKind.MarketplaceFulfilled).ToList();
        Assert.Equal(40, own.Count);
        Assert.Equal(10, fba.Count);
        Assert.All(own, l => Assert.Equal("DEFAULT", l.LocationId));
        Assert.All(fba, l => Assert.Equal("AFN:ATVPDKIKX0DER", l.LocationId));
        Assert.Equal(sandbox.Listings.Quantity(1), own.Single(l => l.Sku == "SKU-001").Available);
        Assert.Equal(sandbox.Listings.Fulfillable(5), fba.Single(l => l.Sku == "SKU-005").Available);
        Assert.Empty(own.Select(l => l.Sku).Intersect(fba.Select(l => l.Sku)));
    }

    [Fact]
    public async Task FBA_summaries_under_their_2_per_second_plan_are_read_whole_with_at_most_one_429()
    {
        using var sandbox = Sandbox(new AmazonSandboxOptions { ListingCount = 600, FbaEvery = 1, SearchListingsItemsPlan = SandboxRateLimit.Off });
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);

        var pages = await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, CancellationToken.None)));

        Assert.Equal(600, pages.SelectMany(p => p.Items).Count(l => l.LocationKind == LocationKind.MarketplaceFulfilled));
        Assert.Equal(12, sandbox.Requests.Count(r => r.Operation == AmazonConstants.Operations.GetInventorySummaries && r.Status == 200));
        Assert.InRange(sandbox.ThrottledCount, 0, 1);
    }

    [Fact]
    public async Task A_stock_update_patches_the_listing_and_the_next_inventory_sync_reads_only_what_changed_since()
    {
        using var sandbox = Sandbox(new AmazonSandboxOptions { ListingCount = 50, ListingInterval = TimeSpan.FromHours(1) });
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);
        var first = await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, null, CancellationToken.None)));
        var before = sandbox.Listings.Quantity(7);
        _time.Advance(TimeSpan.FromHours(1));

        var result = await host.Connector.SetStockAsync(host.Account, [new StockUpdate("SKU-007", "DEFAULT", before + 5)], Guid.NewGuid(), CancellationToken.None);
        var next = await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullInventoryAsync(host.Account, first[^1].Checkpoint, CancellationToken.None)));

        Assert.Equal(new AmazonSandboxStockSet("SKU-007", before, before + 5), Assert.Single(sandbox.Listings.StockSets));
        Assert.False(string.IsNullOrEmpty(result.MarketplaceReference));
        // Besides the patched listing, only the newest listing and FBA summary come again (the checkpoint's overlap).
        var levels = next.SelectMany(p => p.Items).ToList();
        Assert.Contains(levels, l => (l.Sku, l.LocationId, l.Available) == ("SKU-007", "DEFAULT", before + 5));
        Assert.InRange(levels.Count, 1, 3);
    }

    [Fact]
    public async Task A_stock_update_the_listing_already_has_is_not_patched_again()
    {
        using var sandbox = Sandbox(new AmazonSandboxOptions());
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);
        var target = sandbox.Listings.Quantity(3) + 2;

        await host.Connector.SetStockAsync(host.Account, [new StockUpdate("SKU-003", null, target)], Guid.NewGuid(), CancellationToken.None);
        var again = await host.Connector.SetStockAsync(host.Account, [new StockUpdate("SKU-003", null, target)], Guid.NewGuid(), CancellationToken.None);

        Assert.Single(sandbox.Listings.StockSets);
        Assert.Contains("already at the quantity", again.Summary, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.Requests.Count(r => r.Operation == AmazonConstants.Operations.PatchListingsItem));
    }

    [Theory]
    [InlineData("SKU-005", "DEFAULT")]
    [InlineData("SKU-001", "AFN:ATVPDKIKX0DER")]
    public async Task Stock_Amazon_fulfils_is_refused_without_a_patch(string sku, string location)
    {
        using var sandbox = Sandbox(new AmazonSandboxOptions { FbaEvery = 5 });
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => host.Connector.SetStockAsync(host.Account, [new StockUpdate(sku, location, 3)], Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Rejected, error.Kind);
        Assert.Empty(sandbox.Listings.StockSets);
        Assert.DoesNotContain(sandbox.Requests, r => r.Operation == AmazonConstants.Operations.PatchListingsItem);
    }

    [Fact]
    public async Task A_stock_update_for_an_unknown_SKU_is_rejected_with_Amazons_404()
    {
        using var sandbox = Sandbox(new AmazonSandboxOptions());
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => host.Connector.SetStockAsync(host.Account, [new StockUpdate("NOPE-1", null, 3)], Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Rejected, error.Kind);
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    private AmazonSandbox Sandbox(AmazonSandboxOptions options) =>
        AmazonSandbox.Start(options with
        {
            Seed = 11,
            OrderCount = 0,
            TimeProvider = _time,
            // The pumped clock runs far faster than the wall clock, so a token's 30 seconds pass within one slow request.
            FbaTokenLifetime = TimeSpan.FromHours(1),
            ListingsUpdatedAt = _time.GetUtcNow() - TimeSpan.FromDays(3) - (options.ListingInterval * options.ListingCount),
        });
}
