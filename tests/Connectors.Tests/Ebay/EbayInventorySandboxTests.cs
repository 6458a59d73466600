using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Mapping.Canonical;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Ebay;

public sealed class EbayInventorySandboxTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_catalog_sweep_follows_next_through_every_item_and_reads_each_items_offers()
    {
        using var sandbox = Sandbox(130);
        using var host = Host();

        var pages = await Collect(host.Connector.PullCatalogAsync(EbayTestHost.Account(sandbox), null, CancellationToken.None));

        Assert.Equal([50, 50, 30], pages.Select(p => p.Items.Count));
        var products = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(Enumerable.Range(0, 130).Select(EbaySandboxCatalog.Sku), products.Select(p => p.MarketplaceProductId));

        // Three inventory pages and one getOffers per item.
        Assert.Equal(3 + 130, sandbox.RequestCount);
        var offered = products[0];
        Assert.Equal(ListingStatus.Active, offered.Status);
        Assert.Equal("EUR", Assert.Single(offered.Variants).Price!.Value.Currency);
        var unpublished = products[4];
        Assert.Equal(ListingStatus.Draft, unpublished.Status);
        Assert.Equal("UNPUBLISHED/-", unpublished.MarketplaceStatus);
        var neverOffered = products[6];
        Assert.Equal("NO_OFFER", neverOffered.MarketplaceStatus);
        Assert.Null(Assert.Single(neverOffered.Variants).Price);
        Assert.All(pages.Take(2), p => Assert.Contains("\"offset\":", p.Checkpoint, StringComparison.Ordinal));
        Assert.Equal("{}", pages[^1].Checkpoint.Replace("\"offset\":null", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_sweep_resumes_at_the_next_page_and_a_finished_sweep_starts_over()
    {
        using var sandbox = Sandbox(130);
        using var host = Host();
        var account = EbayTestHost.Account(sandbox);
        string checkpoint;
        await using (var pages = host.Connector.PullInventoryAsync(account, null, CancellationToken.None).GetAsyncEnumerator())
        {
            Assert.True(await pages.MoveNextAsync());
            checkpoint = pages.Current.Checkpoint;
        }

        var rest = await Collect(host.Connector.PullInventoryAsync(account, checkpoint, CancellationToken.None));
        var again = await Collect(host.Connector.PullInventoryAsync(account, rest[^1].Checkpoint, CancellationToken.None));

        Assert.Equal(Enumerable.Range(50, 80).Select(EbaySandboxCatalog.Sku), rest.SelectMany(p => p.Items).Select(l => l.Sku));
        Assert.Equal(130, again.Sum(p => p.Items.Count));
        Assert.All(again.SelectMany(p => p.Items), l => Assert.Equal(sandbox.Catalog.QuantityOf(sandbox.Catalog.IndexOf(l.Sku)), l.Available));
    }

    [Fact]
    public async Task Unmappable_items_are_quarantined_with_their_reason_and_the_rest_land()
    {
        using var sandbox = Sandbox(20, new Dictionary<int, EbaySandboxItemFault>
        {
            [2] = EbaySandboxItemFault.BadPrice,
            [3] = EbaySandboxItemFault.MissingSku,
            [8] = EbaySandboxItemFault.NegativeQuantity,
        });
        using var host = Host();
        var account = EbayTestHost.Account(sandbox);

        var catalog = await Collect(host.Connector.PullCatalogAsync(account, null, CancellationToken.None));
        var levels = await Collect(host.Connector.PullInventoryAsync(account, null, CancellationToken.None));

        Assert.Equal(18, catalog.Sum(p => p.Items.Count));
        Assert.Collection(
            catalog.SelectMany(p => p.Quarantined),
            bad => Assert.Contains("offers.pricingSummary.price.value", bad.Reason, StringComparison.Ordinal),
            missing => Assert.Contains("no sku", missing.Reason, StringComparison.Ordinal));
        Assert.Equal(18, levels.Sum(p => p.Items.Count));
        Assert.Contains(levels.SelectMany(p => p.Quarantined), q => q.MarketplaceId == "EB-009" && q.Reason.Contains("negative", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SandboxFault.TooManyRequests)]
    [InlineData(SandboxFault.InternalServerError)]
    [InlineData(SandboxFault.BadGateway)]
    [InlineData(SandboxFault.ServiceUnavailable)]
    [InlineData(SandboxFault.Timeout)]
    [InlineData(SandboxFault.MalformedJson)]
    [InlineData(SandboxFault.TruncatedBody)]
    public async Task A_faulted_inventory_page_or_offer_read_is_retried_and_every_item_lands_once(SandboxFault fault)
    {
        using var sandbox = EbaySandbox.Start(new EbaySandboxOptions
        {
            Seed = 5,
            OrderCount = 1,
            ItemCount = 60,
            RateLimit = SandboxRateLimit.Off,
            InventoryRateLimit = SandboxRateLimit.Off,

            // The second inventory page and an offer read in the middle of the first page.
            Faults = new EbayFaultPlan { OnRequest = new Dictionary<int, SandboxFault> { [10] = fault, [52] = fault }, TimeoutDelay = TimeSpan.FromSeconds(2) },
        });
        // The real clock: retries wait out their backoff and a held-back answer its attempt timeout.
        using var host = new EbayTestHost(TimeProvider.System, new() { ["Connectors:Ebay:InventoryPageSize"] = "50", ["Connectors:Ebay:AttemptTimeout"] = "00:00:01" });

        var pages = await Collect(host.Connector.PullCatalogAsync(EbayTestHost.Account(sandbox), null, CancellationToken.None));

        Assert.Equal(Enumerable.Range(0, 60).Select(EbaySandboxCatalog.Sku), pages.SelectMany(p => p.Items).Select(p => p.MarketplaceProductId));
        Assert.Equal(2, sandbox.Requests.Count(r => r.Fault == fault));
    }

    internal static EbaySandbox Sandbox(int items, IReadOnlyDictionary<int, EbaySandboxItemFault>? faults = null, IReadOnlyDictionary<string, EbaySandboxSkuError>? skuErrors = null) =>
        EbaySandbox.Start(new EbaySandboxOptions
        {
            Seed = 11,
            OrderCount = 1,
            ItemCount = items,
            MarketplaceId = "EBAY_DE",
            TimeProvider = new FakeTimeProvider(Now),
            RateLimit = SandboxRateLimit.Off,
            InventoryRateLimit = SandboxRateLimit.Off,
            SkuErrors = skuErrors ?? new Dictionary<string, EbaySandboxSkuError>(),
            Faults = new EbayFaultPlan { ItemRecords = faults ?? new Dictionary<int, EbaySandboxItemFault>() },
        });

    internal static EbayTestHost Host() => new(new FakeTimeProvider(Now), new() { ["Connectors:Ebay:InventoryPageSize"] = "50" });

    internal static async Task<List<SourcePage<T>>> Collect<T>(IAsyncEnumerable<SourcePage<T>> pages)
    {
        var list = new List<SourcePage<T>>();
        await foreach (var page in pages)
        {
            list.Add(page);
        }

        return list;
    }
}
