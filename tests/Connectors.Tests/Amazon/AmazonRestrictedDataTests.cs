using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Tests.Shopify;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonRestrictedDataTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_v0_store_whose_seller_granted_the_role_gets_buyer_names_and_street_lines_through_a_Restricted_Data_Token()
    {
        using var sandbox = Sandbox(grantsRestrictedData: true);
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApiV0);

        var orders = (await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None))))
            .SelectMany(p => p.Items).ToList();

        Assert.Equal(120, orders.Count);
        var order = orders.Single(o => o.MarketplaceOrderId == sandbox.Data.OrderId(4));
        Assert.Equal("Buyer 4", order.Buyer?.Name);
        Assert.Equal("Buyer 4", order.ShippingAddress?.Name);
        Assert.Equal("104 Main Street", order.ShippingAddress?.Line1);
        Assert.All(orders, o => Assert.NotNull(o.ShippingAddress?.Line1));

        // Two getOrders pages, one token for both.
        Assert.Equal(1, sandbox.Requests.Count(r => r.Operation == AmazonConstants.Operations.CreateRestrictedDataToken));
    }

    [Fact]
    public async Task A_v0_store_refused_the_Restricted_Data_Token_still_syncs_every_order_with_personal_data_left_empty()
    {
        using var sandbox = Sandbox(grantsRestrictedData: false);
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApiV0);

        var orders = (await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None))))
            .SelectMany(p => p.Items).ToList();
        var again = await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)));

        Assert.Equal(120, orders.Count);
        Assert.All(orders, o => Assert.Null(o.Buyer?.Name));
        Assert.All(orders, o => Assert.Null(o.ShippingAddress?.Line1));
        Assert.All(orders, o => Assert.NotNull(o.ShippingAddress?.City));
        Assert.All(orders, o => Assert.EndsWith("@marketplace.amazon.com", o.Buyer?.Email, StringComparison.Ordinal));
        Assert.Equal(120, again.Sum(p => p.Items.Count));

        // The refusal names a role, not the token: no fresh access token is fetched for it, and it is not asked again within the hour.
        Assert.Equal(1, sandbox.TokenGrants);
        var refused = Assert.Single(sandbox.Requests, r => r.Operation == AmazonConstants.Operations.CreateRestrictedDataToken);
        Assert.Equal(403, refused.Status);
    }

    private AmazonSandbox Sandbox(bool grantsRestrictedData) =>
        AmazonSandbox.Start(new AmazonSandboxOptions
        {
            Seed = 5,
            OrderCount = 120,
            TimeProvider = _time,
            OrdersStartAt = _time.GetUtcNow() - TimeSpan.FromDays(1),
            OrderInterval = TimeSpan.FromSeconds(10),
            GetOrdersPlan = SandboxRateLimit.Off,
            GetOrderItemsPlan = SandboxRateLimit.Off,
            GrantsRestrictedData = grantsRestrictedData,

            // The pumped clock runs far ahead of the wall clock; a token lasting the whole test keeps TokenGrants about 403s.
            ExpiresInSeconds = 86_400,
        });
}
