using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Tests.Shopify;

public sealed class ShopifyConnectorOrdersTests
{
    private static ShopifySandboxOptions Options(int orders = 100) => new()
    {
        Seed = 7,
        OrderCount = orders,
        Throttle = ShopifySandboxThrottle.Off,
        OrdersStartAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task Pull_orders_delivers_every_sandbox_order_exactly_once_across_many_pages()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options(100)));

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        var ids = pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).ToList();
        Assert.True(pages.Count > 3);
        Assert.Equal(host.Sandbox.Data.VisibleOrderIds(DateTimeOffset.MaxValue).Order(), ids.Order());
        Assert.All(pages, p => Assert.Empty(p.Quarantined));
    }

    [Fact]
    public async Task Pulled_order_carries_lines_money_and_address_as_generated()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options(10)));

        var orders = (await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None))).SelectMany(p => p.Items).ToList();

        var first = orders.Single(o => o.MarketplaceOrderId == ShopifySandboxData.OrderId(0));
        Assert.Equal("#1001", first.OrderNumber);
        Assert.Equal("USD", first.Currency);
        Assert.Equal(host.Sandbox.Data.LineItemCount(0), first.Lines.Count);
        Assert.Equal(first.Totals.Items.Amount + first.Totals.Shipping.Amount + first.Totals.Tax.Amount, first.Totals.Total.Amount);
        Assert.Equal(first.Lines.Sum(l => (l.UnitPrice.Amount * l.Quantity) - l.Discount.Amount), first.Totals.Items.Amount);
        Assert.NotNull(first.ShippingAddress?.CountryCode);
        Assert.Equal(TimeSpan.Zero, first.PlacedAt.Offset);
    }

    [Fact]
    public async Task Order_with_more_line_items_than_the_first_page_is_completed_by_follow_up_queries()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options(30) with { MaxLineItemsPerOrder = 14 }));

        var orders = (await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None))).SelectMany(p => p.Items).ToList();

        Assert.Contains(orders, o => o.Lines.Count > 5);
        Assert.All(orders, o =>
        {
            var index = (int)(long.Parse(o.MarketplaceOrderId.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture) - 5_100_000_000);
            Assert.Equal(host.Sandbox.Data.LineItemCount(index), o.Lines.Count);
            Assert.Equal(o.Lines.Count, o.Lines.Select(l => l.MarketplaceLineId).Distinct().Count());
        });
        Assert.Contains(host.Sandbox.Requests, r => r.RootFields == "order");
    }

    [Fact]
    public async Task Resuming_from_the_checkpoint_reads_only_newer_orders_and_sees_an_update()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options(60)));
        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));
        var checkpoint = pages[^1].Checkpoint;
        var changedAt = host.Sandbox.Data.OrderCreatedAt(59) + TimeSpan.FromHours(1);
        host.Sandbox.Data.TouchOrder(3, changedAt);

        var resumed = (await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, checkpoint, CancellationToken.None))).SelectMany(p => p.Items).ToList();

        var changed = Assert.Single(resumed, o => o.MarketplaceOrderId == ShopifySandboxData.OrderId(3));
        Assert.Contains("/FULFILLED", changed.MarketplaceStatus, StringComparison.Ordinal);
        Assert.Equal(changedAt, changed.UpdatedAt);

        // Only the one-minute overlap before the checkpoint is read again: orders 58 and 59, plus the changed one.
        Assert.True(resumed.Count <= 3, $"resumed {resumed.Count} orders");
    }

    [Fact]
    public async Task Requested_cost_of_the_orders_query_is_what_the_sandbox_computes_and_under_the_limit()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options(5)));

        await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        var first = OrdersQuery.PageSize(250, 5);
        var logged = Assert.Single(host.Sandbox.Requests);
        Assert.Equal(OrdersQuery.RequestedCost(first, 5), logged.RequestedCost);
        Assert.True(logged.RequestedCost <= ShopifyConstants.MaxSingleQueryCost);
    }

    [Fact]
    public async Task Wrong_token_surfaces_as_an_auth_error_without_retries()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options(5)), accessToken: "shpat_wrong");

        var refused = await Assert.ThrowsAsync<MarketplaceException>(() =>
            ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, refused.Kind);
        Assert.Contains("refused the access token (HTTP 401)", refused.Message, StringComparison.Ordinal);

        Assert.Single(host.Sandbox.Requests, r => r.StatusCode == 401);
    }

    [Fact]
    public void Validate_names_missing_and_invalid_settings()
    {
        using var host = new ShopifyTestHost(ShopifySandbox.Start(Options(1)));
        var settings = StoreAccountJson.ToElement(new Dictionary<string, string> { [ShopifyConstants.ShopDomainSetting] = "https://acme.com/shop" });

        var errors = host.Connector.Account.Validate(settings, new Dictionary<string, string>());

        Assert.Contains(errors, e => e.Field == "settings.shopDomain");
        Assert.Contains(errors, e => e.Field == "credentials.accessToken");
        Assert.Empty(host.Connector.Account.Validate(host.Account.Settings, host.Account.Credentials));
    }
}
