using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Tests.Shopify;
using CrossBorderHub.Mapping.Canonical;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonConnectorPullTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SearchOrders_under_the_published_usage_plan_waits_for_its_bucket_and_reads_every_order_once_with_at_most_one_429()
    {
        // 22 pages of 100 against rate 0.0056/s and burst 20: the last two pages wait about three minutes each.
        using var sandbox = Sandbox(2_200, searchOrders: new SandboxRateLimit(20, 0.0056));
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);

        var pages = await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)));

        var ids = pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).ToList();
        Assert.Equal(22, pages.Count);
        Assert.Equal(2_200, ids.Distinct().Count());
        Assert.Equal(2_200, ids.Count);
        // Client and sandbox read the shared clock at different moments (the request travels between them while the
        // clock is pumped), so at most one early arrival may be refused and retried; never a storm of 429s.
        Assert.InRange(sandbox.ThrottledCount, 0, 1);
        Assert.Equal(1, sandbox.TokenGrants);
        Assert.True(pages.Sum(p => p.ThrottleWait.TotalSeconds) > 300, "The pull never waited for searchOrders' bucket.");
    }

    [Fact]
    public async Task A_v0_store_reads_every_order_once_with_its_items_through_getOrders_and_getOrderItems()
    {
        using var sandbox = Sandbox(150, searchOrders: SandboxRateLimit.Off);
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApiV0);

        var pages = await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)));

        var orders = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(2, pages.Count);
        Assert.Equal(Enumerable.Range(0, 150).Select(sandbox.Data.OrderId).Order(), orders.Select(o => o.MarketplaceOrderId).Order());
        Assert.All(orders, o => Assert.NotEmpty(o.Lines));
        Assert.All(orders, o => Assert.Equal(o.Totals.Total.Amount, o.Totals.Items.Amount + o.Totals.Tax.Amount + o.Totals.Shipping.Amount));
        Assert.Contains(orders, o => o.FulfilmentChannel == FulfilmentChannel.Marketplace);
        Assert.Equal(150, sandbox.Requests.Count(r => r.Operation == AmazonConstants.Operations.GetOrderItems));
    }

    private AmazonSandbox Sandbox(int orders, SandboxRateLimit searchOrders) =>
        AmazonSandbox.Start(new AmazonSandboxOptions
        {
            Seed = 7,
            OrderCount = orders,
            TimeProvider = _time,
            OrdersStartAt = _time.GetUtcNow() - TimeSpan.FromDays(1),
            OrderInterval = TimeSpan.FromSeconds(10),
            SearchOrdersPlan = searchOrders,
            GetOrdersPlan = SandboxRateLimit.Off,
            GetOrderItemsPlan = SandboxRateLimit.Off,

            // The pumped clock can pass an hour on a loaded machine; a token lasting the whole pull keeps TokenGrants about the bucket.
            ExpiresInSeconds = 86_400,
        });
}
